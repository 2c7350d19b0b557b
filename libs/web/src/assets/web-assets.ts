import { createHash } from 'node:crypto';
import type { PrecompressedBody } from '../http/compression';
import { precompress } from '../http/compression';
import { WEB_CSS } from './web-css';
import { SERVICE_WORKER_JS, WEB_JS } from './web-js';

export interface Asset {
  path: string;
  body: PrecompressedBody;
  type: string;
  etag: string;
  version: string;
  /** Long-lived when the URL carries the version; the service worker must always be revalidated. */
  cacheControl: string;
}

function asset(path: string, body: string, type: string, cacheControl: string): Asset {
  const version = createHash('sha256').update(body).digest('base64url').slice(0, 12);
  return { path, body: precompress(body), type, etag: `"${version}"`, version, cacheControl };
}

const YEAR = 'public, max-age=31536000, immutable';

export const CSS_ASSET = asset('/web/app.css', WEB_CSS.trim(), 'text/css; charset=utf-8', YEAR);
export const JS_ASSET = asset('/web/app.js', WEB_JS, 'text/javascript; charset=utf-8', YEAR);
export const SW_ASSET = asset('/sw.js', SERVICE_WORKER_JS, 'text/javascript; charset=utf-8', 'no-cache');

export const WEB_ASSETS = [CSS_ASSET, JS_ASSET, SW_ASSET];

export const versioned = (item: Asset) => `${item.path}?v=${item.version}`;
