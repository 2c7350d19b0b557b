/**
 * What the console's live screens hear about. Kept small on purpose: the screen reloads the numbers it
 * shows (one cheap read) rather than applying deltas, so a missed event only delays, never corrupts.
 */
export type LiveEvent =
  /** A ticket of this match was admitted, sold or voided: its attendance changed. */
  | { type: 'attendance'; clubId: string; matchId: string }
  /** A gate connected, disconnected or reported its door state. */
  | { type: 'gate'; clubId: string; gateId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Messages come from Redis: anything malformed (another version of the app, a stray publish) is dropped. */
export function parseLiveEvent(text: string): LiveEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const event = value as Record<string, unknown>;
  if (typeof event.clubId !== 'string' || !UUID.test(event.clubId)) return undefined;
  if (event.type === 'attendance' && typeof event.matchId === 'string' && UUID.test(event.matchId)) {
    return { type: 'attendance', clubId: event.clubId, matchId: event.matchId };
  }
  if (event.type === 'gate' && typeof event.gateId === 'string' && UUID.test(event.gateId)) {
    return { type: 'gate', clubId: event.clubId, gateId: event.gateId };
  }
  return undefined;
}
