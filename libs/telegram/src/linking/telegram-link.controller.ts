import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '@guichet/users';
import { LinkCodesService } from './link-codes.service';

@ApiTags('me')
@Controller('me/telegram')
export class TelegramLinkController {
  constructor(private readonly codes: LinkCodesService) {}

  /** A one-time code to send to the bot as `/link <code>` (10 minutes). */
  @HttpCode(201)
  @Post('link-code')
  async linkCode(@CurrentUser() caller: AuthUser) {
    const issued = await this.codes.issue(caller.id);
    return { ...issued, command: `/link ${issued.code}` };
  }
}
