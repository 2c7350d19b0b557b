import { parseTicketsChanged } from './tickets-changed';

const CLUB = '7b0c7f4e-6a1e-4d3b-9b7a-1f2e3d4c5b6a';
const MATCH = '0f8e2d6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5';
const OTHER = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('parseTicketsChanged', () => {
  it('reads a club and its matches, each once, keeping only the known fields', () => {
    expect(parseTicketsChanged(JSON.stringify({ clubId: CLUB, matchIds: [MATCH, OTHER, MATCH], extra: 1 }))).toEqual({
      clubId: CLUB,
      matchIds: [MATCH, OTHER],
    });
  });

  it('drops anything else a Redis channel might carry', () => {
    for (const text of [
      'not json',
      'null',
      '42',
      JSON.stringify({ clubId: CLUB }),
      JSON.stringify({ clubId: CLUB, matchIds: [] }),
      JSON.stringify({ clubId: CLUB, matchIds: MATCH }),
      JSON.stringify({ clubId: CLUB, matchIds: [MATCH, 'x'] }),
      JSON.stringify({ clubId: 'x', matchIds: [MATCH] }),
    ]) {
      expect(parseTicketsChanged(text)).toBeUndefined();
    }
  });
});
