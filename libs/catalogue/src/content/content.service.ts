import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Money } from '@guichet/common';
import { DataSource } from 'typeorm';
import { ContentType, MediaOwnerType } from './content-type';

/** One item of the catalogue, as other modules (ticketing, the library, the bot) need it. */
export interface ContentSummary {
  type: ContentType;
  id: string;
  /** The item's own title; a season without one is null (show "Saison {seasonNumber}"). */
  title: string | null;
  /** Null: not sold on its own (a season or episode without a price). */
  price: Money | null;
  archived: boolean;
  hasMedia: boolean;
  seriesId?: string;
  seriesTitle?: string;
  seasonId?: string;
  seasonNumber?: number;
  episodeNumber?: number;
}

export interface ContentRef {
  type: ContentType;
  id: string;
}

export interface EpisodeRef {
  id: string;
  seriesId: string;
  seasonId: string;
  seasonNumber: number;
  number: number;
  title: string;
  archived: boolean;
  hasMedia: boolean;
}

/** Where a media file is, for the module that streams downloads; never to be sent to a client. */
export interface StoredMedia {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

interface SummaryRow {
  type: ContentType;
  id: string;
  title: string | null;
  price_amount: number | null;
  price_currency: string;
  archived: boolean;
  has_media: boolean;
  series_id: string | null;
  series_title: string | null;
  season_id: string | null;
  season_number: number | null;
  episode_number: number | null;
}

/** Every kind in one shape; a season or episode is archived when anything above it is. */
const SUMMARIES = `
  SELECT 'film' AS type, f.id, f.title, f.price_amount, f.price_currency, f.archived_at IS NOT NULL AS archived,
         EXISTS (SELECT 1 FROM media_file m WHERE m.film_id = f.id AND m.status = 'ready') AS has_media,
         NULL::uuid AS series_id, NULL AS series_title, NULL::uuid AS season_id, NULL::int AS season_number, NULL::int AS episode_number
    FROM film f WHERE f.id = ANY($1)
  UNION ALL
  SELECT 'series', s.id, s.title, s.price_amount, s.price_currency, s.archived_at IS NOT NULL, false,
         NULL, NULL, NULL, NULL, NULL
    FROM series s WHERE s.id = ANY($2)
  UNION ALL
  SELECT 'season', se.id, se.title, se.price_amount, se.price_currency,
         se.archived_at IS NOT NULL OR s.archived_at IS NOT NULL, false,
         s.id, s.title, se.id, se.number, NULL
    FROM season se JOIN series s ON s.id = se.series_id WHERE se.id = ANY($3)
  UNION ALL
  SELECT 'episode', e.id, e.title, e.price_amount, e.price_currency,
         e.archived_at IS NOT NULL OR se.archived_at IS NOT NULL OR s.archived_at IS NOT NULL,
         EXISTS (SELECT 1 FROM media_file m WHERE m.episode_id = e.id AND m.status = 'ready'),
         s.id, s.title, se.id, se.number, e.number
    FROM episode e JOIN season se ON se.id = e.season_id JOIN series s ON s.id = se.series_id WHERE e.id = ANY($4)`;

/**
 * What the films-and-series catalogue tells other modules: whether an item exists, its title and
 * price, the episodes a season or series gives access to, and where a bought file is stored.
 * Archived items are answered too (flagged): buyers keep what they own.
 */
@Injectable()
export class ContentService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async describe(type: ContentType, id: string): Promise<ContentSummary | undefined> {
    return (await this.describeMany([{ type, id }]))[0];
  }

  /** In the order asked; unknown items are left out. */
  async describeMany(refs: ContentRef[]): Promise<ContentSummary[]> {
    const valid = refs.filter((ref) => UUID.test(ref.id));
    if (valid.length === 0) return [];
    const idsOf = (type: ContentType) => valid.filter((ref) => ref.type === type).map((ref) => ref.id);
    const rows: SummaryRow[] = await this.db.query(SUMMARIES, [
      idsOf(ContentType.Film),
      idsOf(ContentType.Series),
      idsOf(ContentType.Season),
      idsOf(ContentType.Episode),
    ]);
    const byRef = new Map(rows.map((row) => [`${row.type}:${row.id}`, toSummary(row)]));
    return valid.flatMap((ref) => byRef.get(`${ref.type}:${ref.id}`) ?? []);
  }

  /** True when the item exists and is on sale (not archived, nor anything above it). */
  async isOnSale(type: ContentType, id: string): Promise<boolean> {
    const summary = await this.describe(type, id);
    return summary !== undefined && !summary.archived;
  }

  /** The episodes of a series or a season, by season then episode number. */
  async episodesOf(type: ContentType.Series | ContentType.Season, id: string, options: { includeArchived?: boolean } = {}): Promise<EpisodeRef[]> {
    if (!UUID.test(id)) return [];
    const rows: {
      id: string;
      series_id: string;
      season_id: string;
      season_number: number;
      number: number;
      title: string;
      archived: boolean;
      has_media: boolean;
    }[] = await this.db.query(
      `SELECT e.id, s.id AS series_id, se.id AS season_id, se.number AS season_number, e.number, e.title,
              (e.archived_at IS NOT NULL OR se.archived_at IS NOT NULL OR s.archived_at IS NOT NULL) AS archived,
              EXISTS (SELECT 1 FROM media_file m WHERE m.episode_id = e.id AND m.status = 'ready') AS has_media
         FROM episode e JOIN season se ON se.id = e.season_id JOIN series s ON s.id = se.series_id
        WHERE ${type === ContentType.Series ? 's.id' : 'se.id'} = $1
          AND ($2 OR (e.archived_at IS NULL AND se.archived_at IS NULL))
        ORDER BY se.number, e.number, e.created_at`,
      [id, options.includeArchived ?? false],
    );
    return rows.map((row) => ({
      id: row.id,
      seriesId: row.series_id,
      seasonId: row.season_id,
      seasonNumber: row.season_number,
      number: row.number,
      title: row.title,
      archived: row.archived,
      hasMedia: row.has_media,
    }));
  }

  /** The ready video file of a film or an episode, archived or not; for streaming downloads only. */
  async storedMedia(type: MediaOwnerType, id: string): Promise<StoredMedia | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows: { storage_key: string; file_name: string; content_type: string; size: string; sha256: string }[] = await this.db.query(
      `SELECT storage_key, file_name, content_type, size, sha256 FROM media_file
          WHERE ${type === ContentType.Film ? 'film_id' : 'episode_id'} = $1 AND status = 'ready'`,
      [id],
    );
    const row = rows[0];
    return row
      ? { storageKey: row.storage_key, fileName: row.file_name, contentType: row.content_type, size: Number(row.size), sha256: row.sha256 }
      : undefined;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toSummary(row: SummaryRow): ContentSummary {
  return {
    type: row.type,
    id: row.id,
    title: row.title,
    price: row.price_amount === null ? null : { amount: row.price_amount, currency: row.price_currency },
    archived: row.archived,
    hasMedia: row.has_media,
    ...(row.series_id ? { seriesId: row.series_id, seriesTitle: row.series_title ?? undefined } : {}),
    ...(row.season_id ? { seasonId: row.season_id, seasonNumber: row.season_number ?? undefined } : {}),
    ...(row.episode_number !== null ? { episodeNumber: row.episode_number } : {}),
  };
}
