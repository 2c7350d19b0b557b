import { SCANNER_HTML } from './scanner-markup';
import { SCANNER_JS } from './scanner-script';

describe('staff scanner page', () => {
  it('has no inline script or event handler attribute (the CSP allows scripts from self only)', () => {
    expect(SCANNER_HTML.match(/<script\b[^>]*>/g)).toEqual(['<script src="/scanner/app.js" defer>']);
    expect(SCANNER_HTML).not.toMatch(/\son[a-z]+=/i);
    expect(SCANNER_HTML).not.toMatch(/style=/i);
  });

  it('ships a script that parses and only looks up elements the page has', () => {
    expect(() => new Function(SCANNER_JS)).not.toThrow();
    const ids = [...SCANNER_JS.matchAll(/\$\('([a-z-]+)'\)/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of new Set(ids)) expect(SCANNER_HTML).toContain(`id="${id}"`);
  });

  it('names every scan verdict in French and English, and never logs', () => {
    for (const status of ['ok', 'already_used', 'invalid', 'void', 'not_paid', 'wrong_club', 'wrong_match']) {
      expect(SCANNER_JS).toMatch(new RegExp(`${status}: \\['[^']+', '[^']+'\\]`));
    }
    expect(SCANNER_JS).not.toContain('console.');
  });
});
