/** Markup that is already safe: produced by the `html` tag (whose holes were escaped) or by a trusted renderer. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Hole = SafeHtml | string | number | boolean | null | undefined | Hole[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"'`]/g, (char) => ESCAPES[char]);

function render(hole: Hole): string {
  if (hole instanceof SafeHtml) return hole.value;
  if (Array.isArray(hole)) return hole.map(render).join('');
  if (hole === null || hole === undefined || hole === false || hole === true) return '';
  return escapeHtml(String(hole));
}

/**
 * The only way pages build markup: every interpolated value is escaped unless it is itself `SafeHtml`.
 * `null`, `undefined` and booleans render nothing, so `${cond && html`...`}` reads naturally.
 */
export function html(strings: TemplateStringsArray, ...holes: Hole[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < holes.length; i++) out += render(holes[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** For markup produced by a trusted library (the QR code's SVG). */
export const trusted = (markup: string) => new SafeHtml(markup);
