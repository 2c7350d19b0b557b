import { intentOf } from './intents';

describe('free-text intents', () => {
  it.each([
    ['Bonjour', 'hello'],
    ['bonsoir !', 'hello'],
    ['Hello there', 'hello'],
    ['prix ?', 'price'],
    ['Ça coûte combien ?', 'price'],
    ['comment payer ?', 'pay'],
    ['How do I pay?', 'pay'],
    ['Comment télécharger ?', 'download'],
    ['how to download', 'download'],
  ])('reads "%s" as %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('leaves titles and anything else alone', () => {
    expect(intentOf('Les Misérables')).toBeUndefined();
    expect(intentOf('zzz')).toBeUndefined();
  });
});
