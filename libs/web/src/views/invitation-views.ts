import { html, SafeHtml } from '../http/html';
import { PageContext } from '../http/page-context';
import { FieldErrors, input, notice } from './forms';
import { csrfField, layout } from './layout';

export function invitationView(ctx: PageContext, token: string, values: { username?: string; displayName?: string }, errors: FieldErrors = {}, invalid = false): SafeHtml {
  const { t } = ctx;
  const body = invalid
    ? notice('bad', t.invitation.invalid)
    : html`<p>${t.invitation.intro}</p>
<form class="card" method="post" action="/invitations/${encodeURIComponent(token)}" novalidate>
${csrfField(ctx)}
${input({ name: 'username', label: t.auth.username, value: values.username, autocomplete: 'username', required: true, hint: t.auth.usernameHint, error: errors.username })}
${input({ name: 'displayName', label: t.auth.displayName, value: values.displayName, autocomplete: 'name', error: errors.displayName })}
${input({ name: 'password', label: t.auth.password, type: 'password', autocomplete: 'new-password', required: true, hint: t.auth.passwordHint, error: errors.password })}
<button class="btn" type="submit">${t.invitation.submit}</button>
</form>`;
  return layout(ctx, t.invitation.title, html`<h1>${t.invitation.title}</h1>${body}`);
}
