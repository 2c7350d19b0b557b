import type { BuyerPaymentDetails } from '@guichet/payments';
import type { OrderView } from '@guichet/ticketing';
import { formatMatchTime } from '@guichet/common';
import { formatMoney } from '../i18n/formats';
import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import type { TicketGroup } from '../pages/ticket-cards';
import { notice } from './forms';
import { csrfField, layout } from './layout';
import { ticketGroups } from './ticket-views';

export interface OrderPageData {
  order: OrderView;
  payment: BuyerPaymentDetails | undefined;
  tickets: TicketGroup[];
  /** `?paid=1` / `?cancelled=1`: where Stripe sent the buyer back. */
  returned: 'paid' | 'cancelled' | undefined;
  proofError?: string;
}

/** Seconds between reloads while something is expected to change by itself. */
export const ORDER_REFRESH_SECONDS = 4;

function statusBadge(ctx: PageContext, order: OrderView): SafeHtml {
  const kind = order.status === 'fulfilled' || order.status === 'paid' ? 'ok' : order.status === 'pending' ? 'wait' : 'bad';
  return html`<span class="status ${kind}">${ctx.t.order.status[order.status] ?? order.status}</span>`;
}

function items(ctx: PageContext, order: OrderView): SafeHtml {
  return html`<div class="card">${order.items.map(
    (item) =>
      html`<div class="row"><span>${item.quantity > 1 ? `${item.quantity} × ` : ''}${item.label}</span><span>${formatMoney({ amount: item.unitPrice.amount * item.quantity, currency: item.unitPrice.currency }, ctx.lang)}</span></div>`,
  )}<div class="row"><strong>${ctx.t.order.total}</strong><strong class="big">${formatMoney(order.total, ctx.lang)}</strong></div></div>`;
}

function seatState(ctx: PageContext, data: OrderPageData): { body: SafeHtml; refresh?: number } {
  const { t } = ctx;
  const { order, payment } = data;
  const matchId = order.items.find((item) => item.matchId)?.matchId;
  const back = matchId ? html`<p><a href="/matches/${matchId}">${t.order.backToMatch}</a></p>` : '';
  const tickets = data.tickets.reduce((sum, group) => sum + group.cards.length, 0);
  switch (order.status) {
    case 'pending':
      if (data.returned === 'paid') return { body: notice('wait', t.order.confirming), refresh: ORDER_REFRESH_SECONDS };
      return {
        body: html`${data.returned === 'cancelled' ? notice('wait', t.order.cancelledByYou) : ''}
${order.expiresAt ? html`<p class="big">${t.order.heldUntil(formatMatchTime(order.expiresAt, ctx.lang))}</p>` : ''}
${payment?.checkoutUrl ? html`<a class="btn" href="${payment.checkoutUrl}">${t.order.payNow}</a>` : ''}
<form method="post" action="/orders/${order.id}/cancel">${csrfField(ctx)}<button class="btn secondary" type="submit">${t.order.cancel}</button></form>`,
      };
    case 'paid':
      return { body: notice('wait', t.order.confirming), refresh: ORDER_REFRESH_SECONDS };
    case 'fulfilled':
      if (tickets === 0) return { body: notice('wait', t.order.confirming), refresh: ORDER_REFRESH_SECONDS };
      return {
        body: html`${notice('ok', t.order.ticketsReady(tickets))}${ticketGroups(ctx, data.tickets)}<p><a class="btn secondary" href="/me/tickets">${t.order.seeTickets}</a></p>`,
      };
    case 'expired':
      return { body: html`${notice('bad', t.order.expired)}${back}` };
    case 'cancelled':
      return { body: html`${notice('bad', t.order.cancelledText)}${back}` };
    default:
      return { body: html`${notice('info', t.order.refunded)}${back}` };
  }
}

function mobileMoney(ctx: PageContext, data: OrderPageData): { body: SafeHtml; refresh?: number } {
  const { t } = ctx;
  const { order, payment } = data;
  if (order.status === 'fulfilled' || order.status === 'paid' || payment?.status === 'succeeded') {
    return { body: html`${notice('ok', t.order.mm.approved)}<a class="btn" href="/library">${t.order.mm.openLibrary}</a>` };
  }
  if (payment?.status === 'rejected') {
    return {
      body: notice('bad', html`<strong>${t.order.mm.rejected}</strong>${payment.rejectReason ? html` ${t.order.mm.reason} : ${payment.rejectReason}` : ''}`),
    };
  }
  if (order.status !== 'pending' || !payment?.instructions)
    return { body: notice('bad', order.status === 'pending' ? t.order.mm.unavailable : t.order.cancelledText) };
  const waiting = payment.status === 'awaiting_review';
  const instructions = payment.instructions;
  const upload = html`<form class="card" method="post" action="/orders/${order.id}/proof" enctype="multipart/form-data">
${csrfField(ctx)}
<label for="f-file">${t.order.mm.proof}</label>
<input id="f-file" name="file" type="file" accept="image/*" required${data.proofError ? html` aria-invalid="true" aria-describedby="f-file-error"` : ''}>
${data.proofError ? html`<p class="field-error" id="f-file-error">${data.proofError}</p>` : ''}
${waiting ? html`<p class="hint">${t.order.mm.sentAgain}</p>` : ''}
<button class="btn${waiting ? ' secondary' : ''}" type="submit">${t.order.mm.send}</button>
</form>`;
  const steps = html`<section class="card"><h2>${t.order.mm.howTo}</h2>
<ol>
<li><p>${t.order.mm.step1(formatMoney(instructions.amount, ctx.lang))}</p>
<ul class="list">${instructions.operators.map((operator) => html`<li class="row"><span>${operator.name}</span><strong class="big">${operator.number}</strong></li>`)}</ul></li>
<li><p>${t.order.mm.step2}</p><p class="huge" aria-label="${t.order.mm.reference}">${instructions.reference}</p></li>
<li><p>${t.order.mm.step3}</p></li>
</ol></section>`;
  if (waiting) return { body: html`${notice('wait', t.order.mm.checking)}${upload}`, refresh: data.proofError ? undefined : ORDER_REFRESH_SECONDS * 2 };
  return { body: html`${steps}${upload}` };
}

export function orderView(ctx: PageContext, data: OrderPageData): { body: SafeHtml; status: number } {
  const { t } = ctx;
  const { order } = data;
  const state = order.items.some((item) => item.type === 'content') ? mobileMoney(ctx, data) : seatState(ctx, data);
  const title = t.order.title(order.number);
  return {
    status: data.proofError ? 400 : 200,
    body: layout(ctx, title, html`<h1>${title} ${statusBadge(ctx, order)}</h1>${state.body}${items(ctx, order)}`, { refresh: state.refresh }),
  };
}
