import { Role } from '@guichet/users';
import { CSS_ASSET, JS_ASSET, versioned } from '../assets/web-assets';
import type { SafeHtml } from '../http/html';
import { html } from '../http/html';
import type { PageContext } from '../http/page-context';

export interface LayoutOptions {
  refresh?: number;
  /** Set on the page shown right after logout: the script then forgets the offline copies. */
  loggedOut?: boolean;
}

const navLink = (ctx: PageContext, href: string, label: string) => {
  const path = ctx.here.split('?')[0];
  const current = href === '/' ? path === '/' || path.startsWith('/matches') : path.startsWith(href);
  return html`<a href="${href}" ${current ? html`aria-current="page"` : ''}>${label}</a>`;
};

export const csrfField = (ctx: PageContext) => html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;

/** The frame of every page: navigation, language switch, one stylesheet, one deferred script. */
export function layout(ctx: PageContext, title: string, content: SafeHtml, options: LayoutOptions = {}): SafeHtml {
  const { t } = ctx;
  const other = ctx.lang === 'fr' ? 'en' : 'fr';
  const customer = !ctx.user || ctx.user.role === Role.Customer;
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.brand}</title>
${options.refresh ? html`<meta http-equiv="refresh" content="${options.refresh}">` : ''}
<meta name="theme-color" content="#14213d">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${versioned(CSS_ASSET)}">
<script src="${versioned(JS_ASSET)}" defer></script>
</head>
<body ${options.loggedOut ? html`data-logged-out` : ''}>
<a class="skip" href="#main">${t.skip}</a>
<header class="top"><div class="bar">
<a class="brand" href="/">${t.brand}</a>
<a class="lang" href="/lang?to=${other}&amp;back=${encodeURIComponent(ctx.here)}" hreflang="${other}" lang="${other}">${t.switchTo}</a>
<nav class="main" aria-label="${t.nav.menu}">
${navLink(ctx, '/', t.nav.matches)}
${navLink(ctx, '/films', t.nav.films)}
${ctx.user && customer ? [navLink(ctx, '/me/tickets', t.nav.tickets), navLink(ctx, '/library', t.nav.library)] : ''}
${ctx.user ? navLink(ctx, '/account', t.nav.account) : ''}
${
  ctx.user
    ? html`<form method="post" action="/logout">${csrfField(ctx)}<button type="submit">${t.nav.logout}</button></form>`
    : [navLink(ctx, '/login', t.nav.login), navLink(ctx, '/register', t.nav.register)]
}
</nav>
</div></header>
<main id="main">
${content}
</main>
<footer>${ctx.user ? html`${ctx.user.displayName} · ` : ''}${t.brand}</footer>
</body>
</html>`;
}
