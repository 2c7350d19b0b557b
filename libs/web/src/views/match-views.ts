import type { MatchView } from '@guichet/catalogue';
import { formatKickoff } from '@guichet/common';
import { formatMoney } from '../i18n/formats';
import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import { input, notice } from './forms';
import { csrfField, layout } from './layout';

export interface HomeFilters {
  q: string;
  from: string;
  to: string;
  clubId: string;
  competitionId: string;
  page: number;
}

export interface HomeData {
  filters: HomeFilters;
  matches: MatchView[];
  total: number;
  pageSize: number;
  clubs: { id: string; name: string }[];
  competitions: { id: string; name: string }[];
}

const seatsLeft = (match: MatchView) => match.stands.reduce((sum, stand) => sum + stand.remaining, 0);

function cheapest(ctx: PageContext, match: MatchView): string {
  const open = match.stands.filter((stand) => stand.remaining > 0);
  if (open.length === 0) return '';
  const lowest = open.reduce((min, stand) => (stand.price.amount < min.price.amount ? stand : min));
  return ctx.t.home.from_price(formatMoney(lowest.price, ctx.lang));
}

const select = (name: string, label: string, any: string, options: { id: string; name: string }[], selected: string) =>
  html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">${any}</option>${options.map(
    (option) => html`<option value="${option.id}"${option.id === selected ? html` selected` : ''}>${option.name}</option>`,
  )}</select></div>`;

function pager(ctx: PageContext, data: HomeData): SafeHtml {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (pages === 1) return html``;
  const link = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...data.filters, page: String(page) }).filter(([, value]) => value !== '' && value !== '1'));
    return `/?${params.toString()}`;
  };
  const { page } = data.filters;
  return html`<nav class="pager" aria-label="pagination">
${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">${ctx.t.common.previous}</a>` : html`<span></span>`}
<span>${ctx.t.common.page(page, pages)}</span>
${page < pages ? html`<a href="${link(page + 1)}" rel="next">${ctx.t.common.next}</a>` : html`<span></span>`}
</nav>`;
}

export function homeView(ctx: PageContext, data: HomeData): SafeHtml {
  const { t } = ctx;
  const f = data.filters;
  return layout(
    ctx,
    t.home.title,
    html`<h1>${t.home.title}</h1>
<form class="card" method="get" action="/" role="search">
${input({ name: 'q', label: t.home.q, type: 'search', value: f.q })}
<details${f.from || f.to || f.clubId || f.competitionId ? html` open` : ''}><summary class="more">${t.home.more}</summary><div class="filters">
<div>${input({ name: 'from', label: t.home.from, type: 'date', value: f.from })}</div>
<div>${input({ name: 'to', label: t.home.to, type: 'date', value: f.to })}</div>
${select('clubId', t.home.club, t.home.any, data.clubs, f.clubId)}
${select('competitionId', t.home.competition, t.home.any, data.competitions, f.competitionId)}
</div></details>
<div class="actions"><button class="btn small" type="submit">${t.common.search}</button> <a href="/">${t.common.reset}</a></div>
</form>
${data.matches.length === 0 ? html`<p class="card">${t.home.empty}</p>` : ''}
<ul class="list">${data.matches.map(
      (match) => html`<li class="card"><a class="match" href="/matches/${match.id}">
<div class="teams">${match.club.name} ${t.home.vs} ${match.opponent}</div>
<div>${formatKickoff(match.kickoffAt, ctx.lang)} · ${match.venue === 'home' ? t.home.home : t.home.away}${match.competition ? html` · ${match.competition.name}` : ''}</div>
<div class="muted">${t.home.seatsLeft(seatsLeft(match))}${cheapest(ctx, match) ? html` · ${cheapest(ctx, match)}` : ''}</div>
</a></li>`,
    )}</ul>
${pager(ctx, data)}`,
  );
}

export interface ReserveForm {
  standId: string;
  quantity: string;
  idempotencyKey: string;
  error?: string;
}

export function matchView(ctx: PageContext, match: MatchView, form: ReserveForm, holdMinutes: number): SafeHtml {
  const { t } = ctx;
  const open = match.status === 'scheduled' && new Date(match.kickoffAt).getTime() > Date.now();
  const anyLeft = match.stands.some((stand) => stand.remaining > 0);
  const chosen = form.standId || match.stands.find((stand) => stand.remaining > 0)?.standId || '';
  const title = t.match.title(match.club.name, match.opponent);
  const stands = match.stands.map((stand) => {
    const out = stand.remaining === 0;
    return html`<label class="stand${out ? ' out' : ''}"><input type="radio" name="standId" value="${stand.standId}"${stand.standId === chosen ? html` checked` : ''}${out || !open ? html` disabled` : ''}>
<span><span class="name">${stand.name}</span><br><span class="muted">${out ? t.match.soldOut : t.home.seatsLeft(stand.remaining)}</span></span>
<span class="right big">${formatMoney(stand.price, ctx.lang)}</span></label>`;
  });
  const reserve = !open
    ? notice('bad', t.match.cancelled)
    : !anyLeft
      ? notice('bad', t.match.allSoldOut)
      : ctx.user
        ? html`${input({ name: 'quantity', label: t.match.quantity, type: 'number', value: form.quantity || '1', required: true, extra: html` min="1" max="10" inputmode="numeric"` })}
<input type="hidden" name="idempotencyKey" value="${form.idempotencyKey}">
<button class="btn" type="submit">${t.match.reserve}</button>
<p class="hint">${t.match.holdNote(holdMinutes)}</p>`
        : html`<a class="btn" href="/login?next=${encodeURIComponent(`/matches/${match.id}`)}">${t.match.loginToReserve}</a>`;
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
<div class="card"><dl class="facts stack">
<dt>${t.match.kickoff}</dt><dd class="big">${formatKickoff(match.kickoffAt, ctx.lang)}</dd>
<dt></dt><dd>${match.venue === 'home' ? t.home.home : t.home.away}</dd>
${match.competition ? html`<dt>${t.match.competition}</dt><dd>${match.competition.name}</dd>` : ''}
</dl></div>
${form.error ? notice('bad', form.error) : ''}
<form method="post" action="/matches/${match.id}/reserve" novalidate>
${csrfField(ctx)}
<fieldset class="card" style="border:1px solid var(--line)"><legend class="big">${t.match.stands}</legend>
${stands}
${reserve}
</fieldset>
</form>`,
  );
}

export function queueView(ctx: PageContext, match: MatchView, form: ReserveForm, retryAfter: number): SafeHtml {
  const { t } = ctx;
  // Without script the meta refresh comes back here; the form resubmits the same key, so nothing is held twice.
  const params = new URLSearchParams({ standId: form.standId, quantity: form.quantity, idempotencyKey: form.idempotencyKey, _csrf: ctx.csrf });
  return layout(
    ctx,
    t.queue.title,
    html`<h1>${t.queue.title}</h1>
${notice('wait', t.queue.text)}
<noscript><meta http-equiv="refresh" content="${retryAfter + 2};url=/matches/${match.id}/reserve?${params.toString()}"></noscript>
<form method="post" action="/matches/${match.id}/reserve" data-retry-after="${retryAfter}">
${csrfField(ctx)}
<input type="hidden" name="standId" value="${form.standId}">
<input type="hidden" name="quantity" value="${form.quantity}">
<input type="hidden" name="idempotencyKey" value="${form.idempotencyKey}">
<button class="btn secondary" type="submit">${t.queue.now}</button>
</form>`,
  );
}
