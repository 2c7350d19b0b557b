/** The parts of a series an admin can give on their own (GET /series/{id}: seasons with their episodes). */
export interface SeriesTree {
  seasons: { id: string; number: number; title: string | null; episodes: { id: string; number: number; title: string }[] }[];
}

export interface Choice {
  id: string;
  label: string;
}

/** `S1 · Le début` for a season, `S1E2 · Le retour` for an episode: short, and the same in French and English. */
export function partsOf(type: 'season' | 'episode', series: SeriesTree): Choice[] {
  const seasons = [...series.seasons].sort((a, b) => a.number - b.number);
  if (type === 'season') return seasons.map((season) => ({ id: season.id, label: withTitle(`S${season.number}`, season.title) }));
  return seasons.flatMap((season) =>
    [...season.episodes].sort((a, b) => a.number - b.number).map((episode) => ({ id: episode.id, label: withTitle(`S${season.number}E${episode.number}`, episode.title) })),
  );
}

const withTitle = (code: string, title: string | null) => (title ? `${code} · ${title}` : code);
