import { formatKickoff } from '@guichet/common';
import type { SafeHtml } from '../http/html';
import { html, trusted } from '../http/html';
import type { PageContext } from '../http/page-context';
import type { TicketCard, TicketGroup } from '../pages/ticket-cards';
import { notice } from './forms';
import { layout } from './layout';

const STATUS_CLASS: Record<string, string> = { valid: 'ok', used: 'wait', void: 'bad' };
const STATUS_ICON: Record<string, string> = { valid: '✓', used: '•', void: '✕' };

function card(ctx: PageContext, item: TicketCard, index: number): SafeHtml {
  const { t } = ctx;
  const status = item.ticket.status;
  return html`<li class="card ticket ${status}" data-ticket="${item.ticket.id}">
<span class="status ${STATUS_CLASS[status] ?? 'wait'}">${STATUS_ICON[status] ?? ''} ${t.tickets.status[status] ?? status}</span>
<div><span class="muted">${t.tickets.stand}</span> <span class="big">${item.standName}</span> · #${index + 1}</div>
${status === 'used' && item.ticket.usedAt ? html`<div>${t.tickets.usedAt(formatKickoff(item.ticket.usedAt, ctx.lang))}</div>` : ''}
<figure style="margin:0" aria-label="QR ${item.ticket.code}">${trusted(item.qrSvg)}</figure>
<details class="code"><summary>${t.tickets.code}</summary><code>${item.ticket.code}</code></details>
</li>`;
}

export function ticketGroups(ctx: PageContext, groups: TicketGroup[]): SafeHtml {
  return html`${groups.map(
    (group) => html`<section>
<h2>${group.match ? html`${group.match.club.name} – ${group.match.opponent}` : ''}</h2>
${group.match ? html`<p class="big">${formatKickoff(group.match.kickoffAt, ctx.lang)}</p>` : ''}
<ul class="list">${group.cards.map((item, index) => card(ctx, item, index))}</ul>
</section>`,
  )}`;
}

export function ticketsView(ctx: PageContext, groups: TicketGroup[]): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t.tickets.title,
    html`<h1>${t.tickets.title}</h1>
${groups.length === 0 ? html`<p class="card">${t.tickets.empty} <a href="/">${t.nav.matches}</a></p>` : notice('info', t.tickets.offline)}
${ticketGroups(ctx, groups)}`,
  );
}
