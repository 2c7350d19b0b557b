import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { AssignEntitlementDto } from './assign-entitlement.dto';
import { EntitlementsService } from './entitlements.service';

@ApiTags('admin')
@Roles(Role.Admin)
@Controller('admin/customers/:customerId/entitlements')
export class AdminEntitlementsController {
  constructor(private readonly entitlements: EntitlementsService) {}

  @Post()
  assign(@CurrentUser() admin: AuthUser, @Param('customerId', ParseUUIDPipe) customerId: string, @Body() dto: AssignEntitlementDto) {
    return this.entitlements.assign(admin.id, customerId, dto.contentType, dto.contentId);
  }
}
