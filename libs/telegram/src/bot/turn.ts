import type { Context } from 'telegraf';
import type { TelegramAccount } from '../accounts/telegram-account.entity';
import type { TelegramAccountsService } from '../accounts/telegram-accounts.service';
import type { Texts } from '../i18n/texts';
import { TEXTS } from '../i18n/texts';

/** One update from one person: their account (language, state) and the texts in their language. */
export interface Turn {
  account: TelegramAccount;
  t: Texts;
}

export async function turnOf(ctx: Context, accounts: TelegramAccountsService): Promise<Turn | undefined> {
  if (!ctx.from || ctx.from.is_bot) return undefined;
  const account = await accounts.touch(ctx.from);
  return { account, t: TEXTS[account.language] };
}

/** The regex groups of an @Action or @Hears match. */
export const matchOf = (ctx: Context): string[] => (ctx as Context & { match?: RegExpExecArray }).match ?? [];
