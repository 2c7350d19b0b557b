import { Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { StripeConnectService } from './stripe-connect.service';

@ApiTags('payments')
@Controller('clubs/:clubId/stripe')
export class StripeConnectController {
  constructor(private readonly connect: StripeConnectService) {}

  @Roles(Role.Organizer)
  @Post('onboarding')
  onboarding(@CurrentUser() caller: AuthUser, @Param('clubId', ParseUUIDPipe) clubId: string) {
    return this.connect.onboardingLink(caller, clubId);
  }
}
