import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { Role } from '../users/role';
import { CreateCustomerDto } from './create-customer.dto';
import { CustomersService } from './customers.service';

@ApiTags('admin')
@Roles(Role.Admin)
@Controller('admin/customers')
export class AdminCustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Post()
  create(@Body() dto: CreateCustomerDto) {
    return this.customers.create(dto);
  }

  @HttpCode(200)
  @Post(':id/password')
  resetPassword(@Param('id', ParseUUIDPipe) id: string) {
    return this.customers.resetPassword(id);
  }
}
