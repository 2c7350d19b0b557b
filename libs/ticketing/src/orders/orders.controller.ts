import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@guichet/common';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CreateOrderDto } from './dto/create-order.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@Controller()
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Roles(Role.Customer)
  @Post('orders')
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateOrderDto) {
    return this.orders.create(caller, dto);
  }

  @Get('orders/:id')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.orders.get(caller, id);
  }

  @Get('me/orders')
  mine(@CurrentUser() caller: AuthUser, @Query() query: PageQuery) {
    return this.orders.listMine(caller, query);
  }

  @HttpCode(200)
  @Post('orders/:id/cancel')
  cancel(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.orders.cancel(caller, id);
  }
}
