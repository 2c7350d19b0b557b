import { formatDuration, formatMoney } from './format';

describe('bot formats', () => {
  it('writes money as buyers read it', () => {
    expect(formatMoney({ amount: 2500, currency: 'XAF' })).toBe('2 500 FCFA');
    expect(formatMoney({ amount: 150, currency: 'XAF' })).toBe('150 FCFA');
    expect(formatMoney({ amount: 1500, currency: 'EUR' })).toBe('15,00 €');
    expect(formatMoney({ amount: 123456, currency: 'EUR' })).toBe('1 234,56 €');
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(158)).toBe('2 h 38');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(null)).toBeNull();
  });
});
