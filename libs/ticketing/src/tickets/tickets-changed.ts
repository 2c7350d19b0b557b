import { isUuid, messageObject } from '@guichet/common';

/**
 * Ticketing's fact "a match's sold tickets changed" (issued for a paid order, or voided by a refund or a
 * cancelled match), told on a Redis pub/sub channel for whoever shows those numbers live. Fire and forget: a
 * listener that misses one catches up by reading the counts again.
 */
export interface TicketsChanged {
  clubId: string;
  matchIds: string[];
}

// Channels are not keys: ioredis' keyPrefix does not apply, so the channel carries the prefix itself.
export const ticketsChangedChannel = (redisPrefix: string): string => `${redisPrefix}:tickets-changed`;

/** Anything malformed (another version of the app, a stray publish) is dropped. */
export function parseTicketsChanged(text: string): TicketsChanged | undefined {
  const { clubId, matchIds } = messageObject(text) ?? {};
  if (!isUuid(clubId) || !Array.isArray(matchIds) || matchIds.length === 0 || !matchIds.every(isUuid)) return undefined;
  return { clubId, matchIds: [...new Set(matchIds)] };
}
