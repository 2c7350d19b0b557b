import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be confused when read aloud or copied from a phone (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generatePassword(length = 16): string {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** `jean-paul-4821` from "Jean-Paul Mbarga": readable, with digits so that it is rarely taken. */
export function generateUsername(displayName: string): string {
  const base =
    displayName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 2)
      .join('-')
      .slice(0, 20) || 'client';
  return `${base}-${randomInt(1000, 10000)}`;
}
