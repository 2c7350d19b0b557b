import { TEXTS } from './texts';

describe('announcement texts', () => {
  it('agree in French with the kind of what is new', () => {
    const fr = TEXTS.fr;
    const announce = (novelty: string, title: string, price: string | null) => fr.announce(novelty, title, price);
    const novelties = fr.novelties;
    expect(announce(novelties.film, 'Le Voyage', '3 000 FCFA')).toBe('🆕 Nouveau film : Le Voyage — 3 000 FCFA');
    expect(announce(novelties.series, 'Kin la belle', null)).toBe('🆕 Nouvelle série : Kin la belle');
    expect(announce(novelties.season, 'Kin la belle, saison 2', null)).toBe('🆕 Nouvelle saison : Kin la belle, saison 2');
    expect(announce(novelties.episode, 'Le retour', null)).toBe('🆕 Nouvel épisode : Le retour');
  });

  it('read naturally in English', () => {
    expect(TEXTS.en.announce(TEXTS.en.novelties.series, 'Kin la belle', null)).toBe('🆕 New series: Kin la belle');
  });
});
