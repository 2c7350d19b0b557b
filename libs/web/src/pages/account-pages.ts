import { Injectable } from '@nestjs/common';
import { AppConfig } from '@guichet/common';
import { LinkCodesService, START_LINK_PREFIX, TelegramAccountsService } from '@guichet/telegram';
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
    private readonly config: AppConfig,
  ) {}

  register(): void {
    this.router.get('/account', (ctx) => this.show(ctx));
    this.router.post('/account/telegram', (ctx) => this.issue(ctx));
  }

  /**
   * The code is issued by a POST (it is a one-time secret), then the browser is sent back to /account, which
   * shows it while it is unused and valid: a reload shows the page again instead of asking to resend a form.
   */
  private async issue(ctx: PageContext): Promise<PageResult> {
    if (!ctx.user) return redirect('/login?next=%2Faccount');
    await this.codes.issue(ctx.user.id);
    return redirect('/account#link-code');
  }

  private async show(ctx: PageContext): Promise<PageResult> {
    if (!ctx.user) return redirect('/login?next=%2Faccount');
    const linked = (await this.telegramAccounts.findByUser(ctx.user.id)) !== null;
    const code = linked ? undefined : await this.codes.pending(ctx.user.id);
    if (!code) return { body: accountView(ctx, { linked }) };
    const bot = this.config.TELEGRAM_BOT_USERNAME;
    const openBot = bot ? `https://t.me/${bot}?start=${START_LINK_PREFIX}${code}` : undefined;
    return { body: accountView(ctx, { linked, issued: { code, command: `/link ${code}`, ...(openBot ? { openBot } : {}) } }) };
  }
}
