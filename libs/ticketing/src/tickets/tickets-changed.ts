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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Messages come from Redis: anything malformed (another version of the app, a stray publish) is dropped. */
export function parseTicketsChanged(text: string): TicketsChanged | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { clubId, matchIds } = value as Record<string, unknown>;
  if (!isUuid(clubId) || !Array.isArray(matchIds) || matchIds.length === 0 || !matchIds.every(isUuid)) return undefined;
  return { clubId, matchIds: [...new Set(matchIds)] };
}
