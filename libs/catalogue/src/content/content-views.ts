import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { API_PREFIX, AppConfig, Money } from '@guichet/common';
import { DataSource, EntityManager } from 'typeorm';
import { CONTENT_PATHS, ContentType, MediaOwnerType } from './content-type';
import { ContentColumns } from './entities/content-columns';
import { Episode } from './entities/episode.entity';
import { Film } from './entities/film.entity';
import { Season } from './entities/season.entity';
import { Series } from './entities/series.entity';

/** What clients learn of a video file: never where it is stored. */
export interface MediaSummary {
  size: number;
  contentType: string;
  fileName: string;
  sha256: string;
  uploadedAt: string;
}

interface ContentViewBase {
  id: string;
  description: string;
  genres: string[];
  year: number | null;
  durationMinutes: number | null;
  language: string | null;
  /** A public URL of the standard JPEG; changes when the image does. */
  thumbnailUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface FilmView extends ContentViewBase {
  type: ContentType.Film;
  title: string;
  price: Money;
  hasMedia: boolean;
  media: MediaSummary | null;
}

export interface SeriesView extends ContentViewBase {
  type: ContentType.Series;
  title: string;
  price: Money;
}

export interface EpisodeView extends ContentViewBase {
  type: ContentType.Episode;
  seasonId: string;
  number: number;
  title: string;
  /** Null: not sold on its own. */
  price: Money | null;
  hasMedia: boolean;
  media: MediaSummary | null;
}

export interface SeasonView extends ContentViewBase {
  type: ContentType.Season;
  seriesId: string;
  number: number;
  title: string | null;
  price: Money | null;
}

export interface SeasonDetailView extends SeasonView {
  episodes: EpisodeView[];
}

export interface SeriesDetailView extends SeriesView {
  seasons: SeasonDetailView[];
}

interface MediaRow {
  owner_id: string;
  size: string;
  content_type: string;
  file_name: string;
  sha256: string;
  completed_at: Date;
}

const priceOf = (amount: number | null, currency: string): Money | null => (amount === null ? null : { amount, currency });

/** Turns rows into API answers: thumbnail URLs instead of keys, media summaries, money objects. */
@Injectable()
export class ContentViews {
  private readonly publicUrl: string;

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  }

  thumbnailUrl(type: ContentType, id: string, key: string | null): string | null {
    if (!key) return null;
    // The version is derived from the key (a new image gets a new key) without revealing it.
    const version = createHash('sha256').update(key).digest('hex').slice(0, 12);
    return `${this.publicUrl}/${API_PREFIX}/thumbnails/${CONTENT_PATHS[type]}/${id}.jpg?v=${version}`;
  }

  /** The ready media of each owner among `ids`, in one query. */
  async mediaOf(type: MediaOwnerType, ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, MediaSummary>> {
    if (ids.length === 0) return new Map();
    const column = type === ContentType.Film ? 'film_id' : 'episode_id';
    const rows: MediaRow[] = await manager.query(
      `SELECT ${column} AS owner_id, size, content_type, file_name, sha256, completed_at
         FROM media_file WHERE ${column} = ANY($1) AND status = 'ready'`,
      [ids],
    );
    return new Map(
      rows.map((row) => [
        row.owner_id,
        {
          size: Number(row.size),
          contentType: row.content_type,
          fileName: row.file_name,
          sha256: row.sha256,
          uploadedAt: row.completed_at.toISOString(),
        },
      ]),
    );
  }

  film(film: Film, media: MediaSummary | undefined): FilmView {
    return {
      type: ContentType.Film,
      id: film.id,
      title: film.title,
      ...this.base(ContentType.Film, film),
      price: { amount: film.priceAmount, currency: film.priceCurrency },
      hasMedia: media !== undefined,
      media: media ?? null,
      ...this.dates(film),
    };
  }

  series(series: Series): SeriesView {
    return {
      type: ContentType.Series,
      id: series.id,
      title: series.title,
      ...this.base(ContentType.Series, series),
      price: { amount: series.priceAmount, currency: series.priceCurrency },
      ...this.dates(series),
    };
  }

  season(season: Season): SeasonView {
    return {
      type: ContentType.Season,
      id: season.id,
      seriesId: season.seriesId,
      number: season.number,
      title: season.title,
      ...this.base(ContentType.Season, season),
      price: priceOf(season.priceAmount, season.priceCurrency),
      ...this.dates(season),
    };
  }

  episode(episode: Episode, media: MediaSummary | undefined): EpisodeView {
    return {
      type: ContentType.Episode,
      id: episode.id,
      seasonId: episode.seasonId,
      number: episode.number,
      title: episode.title,
      ...this.base(ContentType.Episode, episode),
      price: priceOf(episode.priceAmount, episode.priceCurrency),
      hasMedia: media !== undefined,
      media: media ?? null,
      ...this.dates(episode),
    };
  }

  /** Seasons with their episodes, both in order of number. */
  async seasonsWithEpisodes(seasons: Season[], episodes: Episode[], manager?: EntityManager): Promise<SeasonDetailView[]> {
    const media = await this.mediaOf(
      ContentType.Episode,
      episodes.map((episode) => episode.id),
      manager,
    );
    const bySeason = new Map<string, EpisodeView[]>();
    for (const episode of [...episodes].sort((a, b) => a.number - b.number)) {
      const list = bySeason.get(episode.seasonId) ?? [];
      list.push(this.episode(episode, media.get(episode.id)));
      bySeason.set(episode.seasonId, list);
    }
    return [...seasons].sort((a, b) => a.number - b.number).map((season) => ({ ...this.season(season), episodes: bySeason.get(season.id) ?? [] }));
  }

  private base(type: ContentType, content: ContentColumns) {
    return {
      description: content.description,
      genres: content.genres,
      year: content.year,
      durationMinutes: content.durationMinutes,
      language: content.language,
      thumbnailUrl: this.thumbnailUrl(type, content.id, content.thumbnailKey),
    };
  }

  private dates(content: ContentColumns) {
    return { createdAt: content.createdAt, updatedAt: content.updatedAt, archivedAt: content.archivedAt };
  }
}
