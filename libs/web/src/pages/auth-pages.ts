import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError } from '@guichet/common';
import { AuthService, PasswordResetService, Role, UsersService } from '@guichet/users';
import { field, localPath, PageContext, redirect } from '../http/page-context';
import { WebRouter } from '../http/web-router';
import { FieldErrors, notice } from '../views/forms';
import { forgotView, loginView, messageView, registerView, resetView } from '../views/auth-views';
import { accountErrors, hasErrors, passwordError } from './account-fields';
import { webError } from '../web.errors';

/** Where someone lands after logging in when no page asked for it: staff go to their console. */
const homeOf = (role: Role) => (role === Role.Customer ? '/' : '/admin');

/** Login, registration, logout, forgotten password, and the language switch. */
@Injectable()
export class AuthPages {
  constructor(
    private readonly router: WebRouter,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly resets: PasswordResetService,
    private readonly config: AppConfig,
  ) {}

  register(): void {
    const r = this.router;
    r.get('/login', (ctx) =>
      ctx.user
        ? redirect(localPath(field(ctx.request.query, 'next'), homeOf(ctx.user.role)))
        : {
            body: loginView(
              ctx,
              { next: localPath(field(ctx.request.query, 'next'), '') },
              undefined,
              field(ctx.request.query, 'reset') ? ctx.t.auth.resetDone : undefined,
            ),
          },
    );
    r.post('/login', (ctx) => this.login(ctx));
    r.get('/register', (ctx) => ({ body: registerView(ctx, { next: localPath(field(ctx.request.query, 'next'), '') }) }));
    r.post('/register', (ctx) => this.signUp(ctx));
    r.post('/logout', async (ctx) => {
      await this.router.endSession(ctx);
      return redirect('/?bye=1');
    });
    r.get('/password/forgot', (ctx) => ({ body: forgotView(ctx, '', false) }));
    r.post('/password/forgot', (ctx) => this.forgot(ctx));
    r.get('/password/reset/:token', async (ctx) => {
      const token = this.token(ctx);
      return { body: resetView(ctx, token, await this.resets.isUsable(token)) };
    });
    r.post('/password/reset/:token', (ctx) => this.reset(ctx));
    r.get('/password/done', (ctx) => ({ body: messageView(ctx, ctx.t.auth.resetTitle, notice('ok', ctx.t.auth.resetDone)) }));
    r.get('/lang', (ctx) => {
      const to = field(ctx.request.query, 'to');
      if (to === 'fr' || to === 'en') this.router.rememberLanguage(ctx.reply, to);
      return redirect(localPath(field(ctx.request.query, 'back')));
    });
  }

  private async login(ctx: PageContext) {
    const body = ctx.request.body;
    const login = field(body, 'login');
    const next = localPath(field(body, 'next'), '');
    try {
      if (!login) throw webError('invalid-credentials');
      const user = await this.auth.verifyCredentials(login, field(body, 'password', true), ctx.ip);
      await this.router.startSession(ctx, user.id);
      return redirect(next || homeOf(user.role));
    } catch (error) {
      if (!(error instanceof DomainError) || (error.status !== 401 && error.status !== 429)) throw error;
      const message = error.status === 429 ? ctx.t.errors.tooMany(Math.ceil(this.config.LOGIN_THROTTLE_WINDOW_SECONDS / 60)) : ctx.t.auth.bad;
      return { status: error.status === 429 ? 429 : 401, body: loginView(ctx, { login, next }, message) };
    }
  }

  private async signUp(ctx: PageContext) {
    const body = ctx.request.body;
    const values = {
      email: field(body, 'email'),
      username: field(body, 'username'),
      displayName: field(body, 'displayName'),
      next: localPath(field(body, 'next'), ''),
    };
    const password = field(body, 'password', true);
    let errors: FieldErrors = accountErrors(ctx.t, { ...values, password });
    if (!hasErrors(errors)) {
      try {
        const user = await this.users.create({
          email: values.email,
          username: values.username,
          displayName: values.displayName || values.username,
          password,
          role: Role.Customer,
        });
        await this.router.startSession(ctx, user.id);
        return redirect(values.next || '/');
      } catch (error) {
        if (!(error instanceof DomainError) || error.status !== 409) throw error;
        errors = error.code === 'email-taken' ? { email: ctx.t.auth.emailTaken } : { username: ctx.t.auth.usernameTaken };
      }
    }
    return { status: 400, body: registerView(ctx, values, errors) };
  }

  private async forgot(ctx: PageContext) {
    const email = field(ctx.request.body, 'email');
    if (!email || email.length > 254 || !email.includes('@')) return { status: 400, body: forgotView(ctx, email, false, ctx.t.auth.emailInvalid) };
    await this.resets.request(email, ctx.lang);
    return { body: forgotView(ctx, '', true) };
  }

  private async reset(ctx: PageContext) {
    const token = this.token(ctx);
    const password = field(ctx.request.body, 'password', true);
    const invalid = passwordError(ctx.t, password);
    if (invalid) return { status: 400, body: resetView(ctx, token, await this.resets.isUsable(token), invalid) };
    const userId = await this.resets.reset(token, password);
    if (!userId) return { status: 400, body: resetView(ctx, token, false) };
    // The reset ended every other session; this browser proved it reads the mailbox, so it stays logged in.
    await this.router.startSession(ctx, userId);
    return redirect('/password/done');
  }

  private token(ctx: PageContext): string {
    return String((ctx.request.params as { token?: string }).token ?? '').slice(0, 200);
  }
}
