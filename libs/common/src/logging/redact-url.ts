/**
 * Paths whose last segment is a bearer credential: download links, password reset and invitation links, the
 * console's token-carrying routes. Whoever reads the log must not be able to use them.
 */
const SECRET_PATHS = [/^(\/api\/v1\/dl\/)[^/?#]+/, /^(\/password\/reset\/)[^/?#]+/, /^(\/invitations\/)(?!accept(?:[/?#]|$))[^/?#]+/];
/** Query parameters that carry a token (`/orders/{id}/pay?t=…`, `/invitations/accept?token=…`, signed links). */
const SECRET_PARAMS = /^(t|token|key|code|sig|signature|secret|access_token|refresh_token|password)$/i;

export const REDACTED = '[redacted]';

/** The URL as it may be logged: secret path segments and secret query values replaced. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const redactedPath = SECRET_PATHS.reduce((current, pattern) => current.replace(pattern, `$1${REDACTED}`), path);
  if (queryStart === -1) return redactedPath;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0];
      return SECRET_PARAMS.test(safeDecode(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${redactedPath}?${query}`;
}

/** The parsed query as it may be logged. */
export function redactQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, SECRET_PARAMS.test(name) ? REDACTED : value]));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
