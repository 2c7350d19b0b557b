import { Injectable } from '@nestjs/common';
import { DomainError } from '@guichet/common';
import { InvitationsService } from '@guichet/users';
import { field, PageContext, PageResult, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { invitationView } from '../views/invitation-views';
import { accountErrors, hasErrors } from './account-fields';

/** The page the invitation mail links to: the invitee creates their organizer account and lands in the console. */
@Injectable()
export class InvitationPages {
  constructor(
    private readonly router: WebRouter,
    private readonly invitations: InvitationsService,
  ) {}

  register(): void {
    // The mail links to /invitations/accept?token=…; /invitations/{token} is the path API.md fixes. Both work.
    this.router.get('/invitations/:token', async (ctx) => ({ body: invitationView(ctx, this.token(ctx), {}) }));
    this.router.post('/invitations/:token', (ctx) => this.accept(ctx));
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
      const accepted = await this.invitations.accept({ token, username: values.username, password, ...(values.displayName ? { displayName: values.displayName } : {}) });
      await this.router.startSession(ctx, accepted.user.id);
      return redirect('/admin');
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      if (error.code === 'username-taken') return { status: 409, body: invitationView(ctx, token, values, { username: ctx.t.auth.usernameTaken }) };
      if (error.code === 'email-taken') return { status: 409, body: invitationView(ctx, token, values, { username: ctx.t.auth.emailTaken }) };
      return { status: 400, body: invitationView(ctx, token, values, {}, true) };
    }
  }
}
