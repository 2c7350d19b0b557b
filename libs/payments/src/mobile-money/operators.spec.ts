import { parseOperators } from './operators';
import { referenceCode } from './reference-code';

describe('mobile money', () => {
  it('reads the operators from the setting', () => {
    expect(parseOperators('MTN Mobile Money:+237670000000, Orange Money:+237 690 000 000')).toEqual([
      { name: 'MTN Mobile Money', number: '+237670000000' },
      { name: 'Orange Money', number: '+237 690 000 000' },
    ]);
    expect(parseOperators(undefined)).toEqual([]);
  });

  it('makes short references without look-alike characters', () => {
    const codes = Array.from({ length: 500 }, referenceCode);
    for (const code of codes) expect(code).toMatch(/^GC-[2-9A-HJ-NP-Z]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(495);
  });
});
