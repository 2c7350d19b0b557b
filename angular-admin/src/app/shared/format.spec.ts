import { formatBytes, formatDay } from './format';

/** Intl separates thousands and units with (narrow) no-break spaces: compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatBytes', () => {
  it('writes French sizes with a decimal comma and French units', () => {
    expect(plain(formatBytes(1_258_291, 'fr'))).toBe('1,2 Mo');
    expect(plain(formatBytes(512, 'fr'))).toBe('512 octets');
    expect(plain(formatBytes(1536, 'fr'))).toBe('1,5 Ko');
    expect(plain(formatBytes(5 * 1024 ** 3, 'fr'))).toBe('5 Go');
  });

  it('writes English sizes with a decimal point', () => {
    expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(1023, 'en')).toBe('1,023 bytes');
  });
});

describe('formatDay', () => {
  it('writes a chart day short, in the language, without shifting it by a time zone', () => {
    expect(formatDay('2026-11-03', 'fr')).toBe('3 nov.');
    expect(formatDay('2026-11-03', 'en')).toBe('3 Nov');
    expect(formatDay('2026-12-31', 'en')).toBe('31 Dec');
  });
});
