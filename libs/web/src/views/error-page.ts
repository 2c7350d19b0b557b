import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';
import { layout } from './layout';

export function errorPage(ctx: PageContext, status: number, detail?: string): SafeHtml {
  const { t } = ctx;
  const title = t.errors.title[status] ?? t.errors.title[status >= 500 ? 500 : 400];
  const text = detail ?? (status === 404 ? t.errors.notFound : status === 403 ? t.errors.forbidden : status >= 500 ? t.errors.server : '');
  return layout(
    ctx,
    title,
    html`<h1>${title}</h1>
<div class="card"><p>${text}</p><p><a href="/">${t.common.home}</a></p></div>`,
  );
}
