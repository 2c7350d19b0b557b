import { randomInt } from 'node:crypto';

/** No 0/O, 1/I: the buyer types it into a USSD transfer message, often on a basic phone. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `GC-7K4M2Q`: short, readable aloud, about 10^9 combinations (uniqueness is a database constraint). */
export function referenceCode(): string {
  return `GC-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}
