import { isUuid, messageObject } from '@guichet/common';

/**
 * What the console's live screens hear about. Kept small on purpose: the screen reloads the numbers it
 * shows (one cheap read) rather than applying deltas, so a missed event only delays, never corrupts.
 */
export type LiveEvent =
  /** A ticket of this match was admitted, sold or voided: its attendance changed. */
  | { type: 'attendance'; clubId: string; matchId: string }
  /** A gate connected, disconnected or reported its door state. */
  | { type: 'gate'; clubId: string; gateId: string };

/** Anything malformed (another version of the app, a stray publish) is dropped. */
export function parseLiveEvent(text: string): LiveEvent | undefined {
  const event = messageObject(text);
  if (!event || !isUuid(event.clubId)) return undefined;
  if (event.type === 'attendance' && isUuid(event.matchId)) return { type: 'attendance', clubId: event.clubId, matchId: event.matchId };
  if (event.type === 'gate' && isUuid(event.gateId)) return { type: 'gate', clubId: event.clubId, gateId: event.gateId };
  return undefined;
}
