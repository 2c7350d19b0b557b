import { Injectable } from '@nestjs/common';
import { LinkCodesService, TelegramAccountsService } from '@guichet/telegram';
import { PageContext, PageResult, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { accountView } from '../views/account-views';

/** The visitor's account: who they are, and a one-time code that links their Telegram account to the bot. */
@Injectable()
export class AccountPages {
  constructor(
    private readonly router: WebRouter,
    private readonly codes: LinkCodesService,
    private readonly telegramAccounts: TelegramAccountsService,
  ) {}

  register(): void {
    this.router.get('/account', (ctx) => this.show(ctx));
    this.router.post('/account/telegram', (ctx) => this.show(ctx, true));
  }

  /** The code is issued by a POST (it is a one-time secret) and shown on the page that answers it, never cached. */
  private async show(ctx: PageContext, issue = false): Promise<PageResult> {
    if (!ctx.user) return redirect('/login?next=%2Faccount');
    const linked = (await this.telegramAccounts.findByUser(ctx.user.id)) !== null;
    const issued = issue ? await this.codes.issue(ctx.user.id) : undefined;
    return { body: accountView(ctx, { linked, ...(issued ? { issued: { code: issued.code, command: `/link ${issued.code}` } } : {}) }) };
  }
}
