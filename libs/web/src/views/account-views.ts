import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import { notice } from './forms';
import { csrfField, layout } from './layout';

export interface TelegramLinkState {
  linked: boolean;
  /** Set right after the visitor asked for a code: shown once, with what to send to the bot. */
  issued?: { code: string; command: string; /** t.me link that starts the bot with the code, when its username is known. */ openBot?: string };
}

export function accountView(ctx: PageContext, telegram: TelegramLinkState): SafeHtml {
  const { t } = ctx;
  const user = ctx.user;
  if (!user) return html``;
  const code = telegram.issued
    ? html`<div class="notice info" role="status"><p>${t.account.codeIntro}</p>
<p class="huge" id="link-code">${telegram.issued.code}</p>
${telegram.issued.openBot ? html`<p><a class="btn" href="${telegram.issued.openBot}" rel="noopener">${t.account.openBot}</a></p><p class="hint">${t.account.orSend(telegram.issued.command)}</p>` : html`<p>${t.account.codeHow(telegram.issued.command)}</p>`}
<p class="hint">${t.account.codeExpires}</p></div>`
    : '';
  return layout(
    ctx,
    t.account.title,
    html`<h1>${t.account.title}</h1>
<div class="card"><dl class="facts">
<dt>${t.account.username}</dt><dd>${user.username}</dd>
${user.email ? html`<dt>${t.account.email}</dt><dd>${user.email}</dd>` : ''}
</dl></div>
<section class="card" aria-labelledby="telegram-title">
<h2 id="telegram-title">${t.account.telegram}</h2>
${telegram.linked ? notice('ok', t.account.telegramLinked) : html`<p>${t.account.telegramWhy}</p>`}
${code}
<form method="post" action="/account/telegram">${csrfField(ctx)}
<button class="btn${telegram.issued || telegram.linked ? ' secondary' : ''}" type="submit">${telegram.issued || telegram.linked ? t.account.newCode : t.account.getCode}</button>
</form>
</section>`,
  );
}
