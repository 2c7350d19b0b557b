import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError } from '@guichet/common';
import { AuthService, InvitationJoinService, InvitationsService } from '@guichet/users';
import { field, PageContext, PageResult, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { invitationView } from '../views/invitation-views';
import { accountErrors, hasErrors } from './account-fields';
import { webError } from '../web.errors';

/**
 * The page the invitation mail links to: the invitee creates their organizer account, or joins with the account
 * they already have (logged in here or typing their login), and lands in the console.
 */
@Injectable()
export class InvitationPages {
  constructor(
    private readonly router: WebRouter,
    private readonly invitations: InvitationsService,
    private readonly joins: InvitationJoinService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  register(): void {
    // The mail links to /invitations/accept?token=…; /invitations/{token} is the path API.md fixes. Both work.
    this.router.get('/invitations/:token', (ctx) => ({ body: invitationView(ctx, this.token(ctx), {}) }));
    this.router.post('/invitations/:token', (ctx) => this.accept(ctx));
    this.router.post('/invitations/:token/join', (ctx) => this.join(ctx));
  }

  private token(ctx: PageContext): string {
    const param = String((ctx.request.params as { token?: string }).token ?? '');
    const token = param === 'accept' ? field(ctx.request.query, 'token') : param;
    return token.slice(0, 200);
  }

  private async accept(ctx: PageContext): Promise<PageResult> {
    const token = this.token(ctx);
    const body = ctx.request.body;
    const values = { username: field(body, 'username'), displayName: field(body, 'displayName') };
    const password = field(body, 'password', true);
    const errors = accountErrors(ctx.t, { ...values, password });
    if (hasErrors(errors)) return { status: 400, body: invitationView(ctx, token, values, errors) };
    try {
      const accepted = await this.invitations.accept({
        token,
        username: values.username,
        password,
        ...(values.displayName ? { displayName: values.displayName } : {}),
      });
      await this.router.startSession(ctx, accepted.user.id);
      return redirect('/admin');
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      if (error.code === 'username-taken') return { status: 409, body: invitationView(ctx, token, values, { username: ctx.t.auth.usernameTaken }) };
      if (error.code === 'email-taken') return { status: 409, body: invitationView(ctx, token, values, { username: ctx.t.auth.emailTaken }) };
      return { status: 400, body: invitationView(ctx, token, values, {}, true) };
    }
  }

  /** An existing account joins: the one logged in here, or the one whose login and password are typed (throttled). */
  private async join(ctx: PageContext): Promise<PageResult> {
    const token = this.token(ctx);
    const login = field(ctx.request.body, 'login');
    try {
      let userId = ctx.user?.id;
      if (!userId) {
        if (!login) throw webError('invalid-credentials');
        userId = (await this.auth.verifyCredentials(login, field(ctx.request.body, 'password', true), ctx.ip)).id;
      }
      await this.joins.joinWithAccount(token, userId);
      await this.router.startSession(ctx, userId);
      return redirect('/admin');
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      const again = (status: number, message: string) => ({ status, body: invitationView(ctx, token, { login }, {}, false, message) });
      if (error.status === 401) return again(401, ctx.t.auth.bad);
      if (error.status === 429) return again(429, ctx.t.errors.tooMany(Math.ceil(this.config.LOGIN_THROTTLE_WINDOW_SECONDS / 60)));
      if (error.code === 'invitation-account-not-eligible') return again(409, ctx.t.invitation.notEligible);
      if (error.code === 'invitation-other-email') return again(409, ctx.t.invitation.otherEmail);
      return { status: 400, body: invitationView(ctx, token, {}, {}, true) };
    }
  }
}
