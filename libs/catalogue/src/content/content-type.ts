/** The four kinds of sellable content (the `contentType` of entitlements and orders). */
export enum ContentType {
  Film = 'film',
  Series = 'series',
  Season = 'season',
  Episode = 'episode',
}

/** Only films and episodes carry a video file. */
export type MediaOwnerType = ContentType.Film | ContentType.Episode;

/** The URL segment of each kind: `/films/{id}`, `/thumbnails/films/{id}.jpg`. */
export const CONTENT_PATHS: Record<ContentType, string> = {
  [ContentType.Film]: 'films',
  [ContentType.Series]: 'series',
  [ContentType.Season]: 'seasons',
  [ContentType.Episode]: 'episodes',
};

/** Table of each kind; fixed strings, never built from input. */
export const CONTENT_TABLES: Record<ContentType, string> = {
  [ContentType.Film]: 'film',
  [ContentType.Series]: 'series',
  [ContentType.Season]: 'season',
  [ContentType.Episode]: 'episode',
};

export const CONTENT_LABELS: Record<ContentType, string> = {
  [ContentType.Film]: 'Film',
  [ContentType.Series]: 'Series',
  [ContentType.Season]: 'Season',
  [ContentType.Episode]: 'Episode',
};

export function contentTypeOfPath(path: string): ContentType | undefined {
  return (Object.keys(CONTENT_PATHS) as ContentType[]).find((type) => CONTENT_PATHS[type] === path);
}
