import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import type { FieldErrors } from './forms';
import { input, notice } from './forms';
import { csrfField, layout } from './layout';

export function loginView(ctx: PageContext, values: { login?: string; next: string }, error?: string, info?: string): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t.auth.loginTitle,
    html`<h1>${t.auth.loginTitle}</h1>
${info ? notice('ok', info) : ''}
${error ? notice('bad', error) : ''}
<form class="card" method="post" action="/login" novalidate>
${csrfField(ctx)}<input type="hidden" name="next" value="${values.next}">
${input({ name: 'login', label: t.auth.login, value: values.login, autocomplete: 'username', required: true })}
${input({ name: 'password', label: t.auth.password, type: 'password', autocomplete: 'current-password', required: true })}
<button class="btn" type="submit">${t.auth.submitLogin}</button>
<p><a href="/password/forgot">${t.auth.forgot}</a></p>
<p>${t.auth.noAccount} <a href="/register?next=${encodeURIComponent(values.next)}">${t.auth.registerTitle}</a></p>
</form>`,
  );
}

export interface RegisterValues {
  email?: string;
  username?: string;
  displayName?: string;
  next: string;
}

export function registerView(ctx: PageContext, values: RegisterValues, errors: FieldErrors = {}, status?: SafeHtml): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t.auth.registerTitle,
    html`<h1>${t.auth.registerTitle}</h1>
${status ?? ''}
<form class="card" method="post" action="/register" novalidate>
${csrfField(ctx)}<input type="hidden" name="next" value="${values.next}">
${input({ name: 'email', label: t.auth.email, type: 'email', value: values.email, autocomplete: 'email', required: true, error: errors.email })}
${input({ name: 'username', label: t.auth.username, value: values.username, autocomplete: 'username', required: true, hint: t.auth.usernameHint, error: errors.username })}
${input({ name: 'displayName', label: t.auth.displayName, value: values.displayName, autocomplete: 'name', error: errors.displayName })}
${input({ name: 'password', label: t.auth.password, type: 'password', autocomplete: 'new-password', required: true, hint: t.auth.passwordHint, error: errors.password })}
<button class="btn" type="submit">${t.auth.submitRegister}</button>
<p>${t.auth.haveAccount} <a href="/login?next=${encodeURIComponent(values.next)}">${t.auth.loginTitle}</a></p>
</form>`,
  );
}

export function forgotView(ctx: PageContext, email: string, sent: boolean, error?: string): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t.auth.forgotTitle,
    html`<h1>${t.auth.forgotTitle}</h1>
${sent ? notice('ok', t.auth.forgotSent) : ''}
<form class="card" method="post" action="/password/forgot" novalidate>
${csrfField(ctx)}
<p>${t.auth.forgotIntro}</p>
${input({ name: 'email', label: t.auth.email, type: 'email', value: email, autocomplete: 'email', required: true, error })}
<button class="btn" type="submit">${t.auth.forgotSend}</button>
</form>`,
  );
}

export function resetView(ctx: PageContext, token: string, usable: boolean, error?: string): SafeHtml {
  const { t } = ctx;
  const body = usable
    ? html`<form class="card" method="post" action="/password/reset/${token}" novalidate>
${csrfField(ctx)}
${input({ name: 'password', label: t.auth.resetNew, type: 'password', autocomplete: 'new-password', required: true, hint: t.auth.passwordHint, error })}
<button class="btn" type="submit">${t.auth.resetSave}</button>
</form>`
    : html`${notice('bad', t.auth.resetInvalid)}<p><a class="btn secondary" href="/password/forgot">${t.auth.resetAgain}</a></p>`;
  return layout(ctx, t.auth.resetTitle, html`<h1>${t.auth.resetTitle}</h1>${body}`);
}

/** A short outcome page: a title, a notice, a way on. */
export function messageView(
  ctx: PageContext,
  title: string,
  message: SafeHtml,
  next: { href: string; label: string } = { href: '/', label: ctx.t.common.home },
): SafeHtml {
  return layout(ctx, title, html`<h1>${title}</h1>${message}<p><a class="btn secondary" href="${next.href}">${next.label}</a></p>`);
}
