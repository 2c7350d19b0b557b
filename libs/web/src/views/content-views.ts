import { ContentType } from '@guichet/catalogue';
import type { FilmView, SeriesDetailView, SeriesView } from '@guichet/catalogue';
import type { Money } from '@guichet/common';
import { formatLanguage, formatMoney } from '../i18n/formats';
import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import { input, notice } from './forms';
import { csrfField, layout } from './layout';

const poster = (url: string | null, alt: string, eager = false) =>
  url
    ? html`<img class="poster" src="${url}" alt="${alt}" width="200" height="300"${eager ? '' : html` loading="lazy"`} decoding="async">`
    : html`<div class="poster" role="img" aria-label="${alt}"></div>`;

function tile(ctx: PageContext, href: string, item: FilmView | SeriesView): SafeHtml {
  return html`<li><a class="tile" href="${href}">${poster(item.thumbnailUrl, item.title)}
<p class="t">${item.title}</p>
<p class="muted" style="margin:0">${[item.year, item.type === ContentType.Film && item.durationMinutes ? ctx.t.films.minutes(item.durationMinutes) : null].filter(Boolean).join(' · ')}</p>
<p style="margin:0"><strong>${formatMoney(item.price, ctx.lang)}</strong></p></a></li>`;
}

export function catalogueView(ctx: PageContext, q: string, films: FilmView[], series: SeriesView[]): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t.films.title,
    html`<h1>${t.films.title}</h1>
<form class="card" method="get" action="/films" role="search">
${input({ name: 'q', label: t.films.q, type: 'search', value: q })}
<button class="btn small" type="submit" style="margin-top:8px">${t.common.search}</button>
</form>
${films.length + series.length === 0 ? html`<p class="card">${t.films.empty}</p>` : ''}
${films.length ? html`<h2>${t.films.films}</h2><ul class="list grid">${films.map((film) => tile(ctx, `/films/${film.id}`, film))}</ul>` : ''}
${series.length ? html`<h2>${t.films.series}</h2><ul class="list grid">${series.map((item) => tile(ctx, `/series/${item.id}`, item))}</ul>` : ''}`,
  );
}

/** "Acheter": one small form per sellable item; logged out, a link to log in and come back. */
export function buyButton(ctx: PageContext, action: string, contentType: string, contentId: string, price: Money, label?: string): SafeHtml {
  const { t } = ctx;
  if (!ctx.user) return html`<a class="btn" href="/login?next=${encodeURIComponent(ctx.here)}">${t.films.loginToBuy}</a>`;
  return html`<form method="post" action="${action}">${csrfField(ctx)}
<input type="hidden" name="contentType" value="${contentType}"><input type="hidden" name="contentId" value="${contentId}">
<button class="btn" type="submit">${label ?? t.films.buyMm} · ${formatMoney(price, ctx.lang)}</button></form>`;
}

function facts(ctx: PageContext, item: FilmView | SeriesView): SafeHtml {
  const { t } = ctx;
  return html`<dl class="facts">
${item.year ? html`<dt>${t.films.year}</dt><dd>${item.year}</dd>` : ''}
${item.durationMinutes ? html`<dt>${t.films.duration}</dt><dd>${t.films.minutes(item.durationMinutes)}</dd>` : ''}
${item.genres.length ? html`<dt>${t.films.genres}</dt><dd>${item.genres.join(', ')}</dd>` : ''}
${item.language ? html`<dt>${t.films.language}</dt><dd>${formatLanguage(item.language, ctx.lang)}</dd>` : ''}
</dl>`;
}

export function filmView(ctx: PageContext, film: FilmView, error?: string): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    film.title,
    html`<h1>${film.title}</h1>
${error ? notice('bad', error) : ''}
<div class="detail">${poster(film.thumbnailUrl, film.title, true)}
<div><p class="big">${formatMoney(film.price, ctx.lang)}</p>${facts(ctx, film)}
<p>${film.description}</p>
${film.archivedAt ? notice('info', t.films.notOnSale) : buyButton(ctx, `/films/${film.id}/buy`, 'film', film.id, film.price)}</div></div>`,
  );
}

export function seriesView(ctx: PageContext, series: SeriesDetailView, error?: string): SafeHtml {
  const { t } = ctx;
  const onSale = !series.archivedAt;
  const action = `/series/${series.id}/buy`;
  return layout(
    ctx,
    series.title,
    html`<h1>${series.title}</h1>
${error ? notice('bad', error) : ''}
<div class="detail">${poster(series.thumbnailUrl, series.title, true)}
<div>${facts(ctx, series)}<p>${series.description}</p>
${onSale ? buyButton(ctx, action, 'series', series.id, series.price, t.films.wholeSeries) : notice('info', t.films.notOnSale)}</div></div>
<h2>${t.films.seasons}</h2>
${series.seasons.map(
  (season) => html`<section class="card"><h3>${season.title ? `${t.films.season(season.number)} · ${season.title}` : t.films.season(season.number)}</h3>
${onSale && season.price && !season.archivedAt ? buyButton(ctx, action, 'season', season.id, season.price, t.films.wholeSeason) : ''}
<ul class="list">${season.episodes.map(
    (
      episode,
    ) => html`<li class="row"><span>${t.films.episode(episode.number)} · ${episode.title}${episode.durationMinutes ? html` <span class="muted">(${t.films.minutes(episode.durationMinutes)})</span>` : ''}</span>
${onSale && episode.price && !episode.archivedAt ? buyButton(ctx, action, 'episode', episode.id, episode.price, t.films.buy) : ''}</li>`,
  )}</ul></section>`,
)}`,
  );
}
