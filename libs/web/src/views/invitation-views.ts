import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import type { FieldErrors } from './forms';
import { input, notice } from './forms';
import { csrfField, layout } from './layout';

export interface InvitationValues {
  username?: string;
  displayName?: string;
  login?: string;
}

/** Join with the account this browser is logged in with, or with a login typed here. */
function existingAccountForm(ctx: PageContext, action: string, values: InvitationValues, loginError?: string): SafeHtml {
  const { t } = ctx;
  if (ctx.user) {
    return html`<form class="card" method="post" action="${action}">
${csrfField(ctx)}
<h2>${t.invitation.withAccount}</h2>
<p>${t.invitation.joinAs(ctx.user.displayName)}</p>
${loginError ? notice('bad', loginError) : ''}
<button class="btn" type="submit">${t.invitation.joinNow}</button>
</form>`;
  }
  return html`<form class="card" method="post" action="${action}" novalidate>
${csrfField(ctx)}
<h2>${t.invitation.existing}</h2>
${loginError ? notice('bad', loginError) : ''}
${input({ name: 'login', id: 'j-login', label: t.auth.login, value: values.login, autocomplete: 'username', required: true })}
${input({ name: 'password', id: 'j-password', label: t.auth.password, type: 'password', autocomplete: 'current-password', required: true })}
<button class="btn" type="submit">${t.invitation.submitJoin}</button>
</form>`;
}

export function invitationView(
  ctx: PageContext,
  token: string,
  values: InvitationValues,
  errors: FieldErrors = {},
  invalid = false,
  loginError?: string,
): SafeHtml {
  const { t } = ctx;
  const action = `/invitations/${encodeURIComponent(token)}`;
  const body = invalid
    ? notice('bad', t.invitation.invalid)
    : html`<p>${t.invitation.intro}</p>
${existingAccountForm(ctx, `${action}/join`, values, loginError)}
<form class="card" method="post" action="${action}" novalidate>
${csrfField(ctx)}
<h2>${t.invitation.newAccount}</h2>
${input({ name: 'username', label: t.auth.username, value: values.username, autocomplete: 'username', required: true, hint: t.auth.usernameHint, error: errors.username })}
${input({ name: 'displayName', label: t.auth.displayName, value: values.displayName, autocomplete: 'name', error: errors.displayName })}
${input({ name: 'password', label: t.auth.password, type: 'password', autocomplete: 'new-password', required: true, hint: t.auth.passwordHint, error: errors.password })}
<button class="btn" type="submit">${t.invitation.submit}</button>
</form>`;
  return layout(ctx, t.invitation.title, html`<h1>${t.invitation.title}</h1>${body}`);
}
