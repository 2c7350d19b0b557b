import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { Role } from '../users/role';
import { CreateCustomerDto } from './create-customer.dto';
import { CreatedCustomerView } from './created-customer.view';
import { CustomerListQuery, CustomerPage } from './customer-list.dto';
import { CustomersService } from './customers.service';

@ApiTags('admin')
@Roles(Role.Admin)
@Controller('admin/customers')
export class AdminCustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Get()
  @ApiOkResponse({ type: CustomerPage })
  list(@Query() query: CustomerListQuery) {
    return this.customers.list(query);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedCustomerView })
  create(@Body() dto: CreateCustomerDto) {
    return this.customers.create(dto);
  }

  @HttpCode(200)
  @Post(':id/password')
  @ApiOkResponse({ type: CreatedCustomerView, description: 'a new generated password, shown once; the sessions end' })
  resetPassword(@Param('id', ParseUUIDPipe) id: string) {
    return this.customers.resetPassword(id);
  }
}
