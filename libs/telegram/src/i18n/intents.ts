/** What a free-text message asks, in French or English; accents, case and punctuation ignored. */
export type Intent = 'hello' | 'price' | 'pay' | 'download';

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim();

// Order matters: "comment payer le prix ?" is about paying, "bonjour, le prix ?" about the price.
const PATTERNS: [Intent, RegExp][] = [
  ['download', /\b(telecharg\w*|download\w*|bibliotheque|library)\b/],
  ['pay', /\b(payer|paiement|payment|pay|mobile money|momo|orange money|mtn)\b/],
  ['price', /\b(prix|combien|tarifs?|coute|price|prices|cost|how much)\b/],
  ['hello', /^(bonjour|bonsoir|salut|coucou|hello|hi|hey|good (morning|evening))\b/],
];

export function intentOf(text: string): Intent | undefined {
  const words = normalise(text);
  return PATTERNS.find(([, pattern]) => pattern.test(words))?.[0];
}

export { normalise as normaliseText };
