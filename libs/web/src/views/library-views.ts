import type { Library } from '@guichet/ticketing';
import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import { input, notice } from './forms';
import { csrfField, layout } from './layout';

function download(ctx: PageContext, contentType: 'film' | 'episode', contentId: string, ready: boolean): SafeHtml {
  if (!ready) return html`<span class="muted">${ctx.t.library.notReady}</span>`;
  // A POST each time: the server signs a fresh short-lived link and answers 303 to it.
  return html`<form method="post" action="/library/download">${csrfField(ctx)}
<input type="hidden" name="contentType" value="${contentType}"><input type="hidden" name="contentId" value="${contentId}">
<button class="btn small" type="submit">⬇ ${ctx.t.library.download}</button></form>`;
}

export function libraryList(ctx: PageContext, library: Library, q: string): SafeHtml {
  const { t } = ctx;
  const empty = library.films.length === 0 && library.series.length === 0;
  return html`<div id="library-list">
${empty ? html`<p class="card">${q ? t.library.noMatch : t.library.empty}${q ? '' : html` <a href="/films">${t.nav.films}</a>`}</p>` : ''}
${
  library.films.length
    ? html`<h2>${t.library.films}</h2><div class="card"><ul class="list">${library.films.map((film) => html`<li class="row"><span class="big">${film.title}</span>${download(ctx, 'film', film.id, film.downloadable)}</li>`)}</ul></div>`
    : ''
}
${
  library.series.length
    ? html`<h2>${t.library.series}</h2>${library.series.map(
        (series) =>
          html`<section class="card"><h3>${series.title}</h3>${series.seasons.map(
            (season) =>
              html`<h4 style="margin:.5rem 0 0">${t.films.season(season.number)}</h4><ul class="list">${season.episodes.map(
                (episode) =>
                  html`<li class="row"><span>${t.films.episode(episode.number)} · ${episode.title}</span>${download(ctx, 'episode', episode.id, episode.downloadable)}</li>`,
              )}</ul>`,
          )}</section>`,
      )}`
    : ''
}
</div>`;
}

export function libraryView(ctx: PageContext, library: Library, q: string, error?: string): SafeHtml {
  const { t } = ctx;
  return layout(
    ctx,
    t.library.title,
    html`<h1>${t.library.title}</h1>
${error ? notice('bad', error) : ''}
<form class="card" method="get" action="/library" role="search">
${input({ name: 'q', label: t.library.q, type: 'search', value: q, extra: html` data-live-search="library-list" autocomplete="off"` })}
<button class="btn small" type="submit" style="margin-top:8px">${t.common.search}</button>
</form>
${libraryList(ctx, library, q)}
<p class="hint">${t.library.resume}</p>`,
  );
}
