import { Injectable } from '@nestjs/common';
import { UsersService } from '@guichet/users';
import { Context } from 'telegraf';
import { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import { LinkCodesService } from '../linking/link-codes.service';
import { mainMenu } from './keyboards';
import { Turn } from './turn';

/** `/link <code>`: this Telegram account acts as the web user who asked for the code. */
@Injectable()
export class AccountLinking {
  constructor(
    private readonly codes: LinkCodesService,
    private readonly accounts: TelegramAccountsService,
    private readonly users: UsersService,
  ) {}

  async redeem(ctx: Context, { account, t }: Turn, code: string): Promise<void> {
    const userId = await this.codes.redeem(code);
    if (!userId) {
      await ctx.reply(t.linkInvalid);
      return;
    }
    await this.accounts.link(account.telegramUserId, userId);
    const user = await this.users.get(userId);
    await ctx.reply(t.linked(`${user.displayName} (${user.username})`), mainMenu(t));
  }
}
