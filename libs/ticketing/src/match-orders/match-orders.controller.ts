import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { MatchOrderPage, MatchOrdersQuery } from './match-orders.dto';
import { MatchOrdersService } from './match-orders.service';

@ApiTags('orders')
@Controller('matches')
export class MatchOrdersController {
  constructor(private readonly orders: MatchOrdersService) {}

  @Roles(Role.Organizer, Role.Admin)
  @Get(':id/orders')
  @ApiOkResponse({ type: MatchOrderPage, description: "the match's orders with their buyers, newest payment first, and the totals" })
  list(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: MatchOrdersQuery) {
    return this.orders.list(caller, id, query);
  }
}
