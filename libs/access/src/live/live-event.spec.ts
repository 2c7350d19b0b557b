import { parseLiveEvent } from './live-event';

const CLUB = '7b0c7f4e-6a1e-4d3b-9b7a-1f2e3d4c5b6a';
const MATCH = '0f8e2d6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5';

describe('parseLiveEvent', () => {
  it('reads the two kinds of event, keeping only their known fields', () => {
    expect(parseLiveEvent(JSON.stringify({ type: 'attendance', clubId: CLUB, matchId: MATCH, extra: 1 }))).toEqual({
      type: 'attendance',
      clubId: CLUB,
      matchId: MATCH,
    });
    expect(parseLiveEvent(JSON.stringify({ type: 'gate', clubId: CLUB, gateId: MATCH }))).toEqual({ type: 'gate', clubId: CLUB, gateId: MATCH });
  });

  it('drops anything else a Redis channel might carry', () => {
    for (const text of [
      'not json',
      'null',
      '42',
      JSON.stringify({ type: 'attendance', clubId: CLUB }),
      JSON.stringify({ type: 'gate', clubId: 'x', gateId: MATCH }),
      JSON.stringify({ type: 'other', clubId: CLUB, matchId: MATCH }),
    ]) {
      expect(parseLiveEvent(text)).toBeUndefined();
    }
  });
});
