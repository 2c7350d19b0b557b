import { partsOf, SeriesTree } from './content-choices';

const tree: SeriesTree = {
  seasons: [
    { id: 's2', number: 2, title: null, episodes: [{ id: 'e21', number: 1, title: 'Retour' }] },
    { id: 's1', number: 1, title: 'Le début', episodes: [{ id: 'e12', number: 2, title: 'La fuite' }, { id: 'e11', number: 1, title: 'Pilote' }] },
  ],
};

describe('the parts of a series to assign', () => {
  it('lists seasons in order, with their title when they have one', () => {
    expect(partsOf('season', tree)).toEqual([{ id: 's1', label: 'S1 · Le début' }, { id: 's2', label: 'S2' }]);
  });

  it('lists every episode in season then episode order', () => {
    expect(partsOf('episode', tree).map((choice) => choice.label)).toEqual(['S1E1 · Pilote', 'S1E2 · La fuite', 'S2E1 · Retour']);
  });
});
