import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { contentNotFound } from './content.errors';
import type { ContentType } from './content-type';
import { CONTENT_TABLES } from './content-type';
import type { ContentFieldsDto } from './dto/content-fields';
import type { ContentListQuery } from './dto/content-list.query';
import type { PriceDto } from './dto/price.dto';
import { DEFAULT_CONTENT_CURRENCY } from './dto/price.dto';
import type { ContentColumns } from './entities/content-columns';

type Editable = ContentColumns & { title: string | null; priceAmount: number | null };
type FieldsInput = ContentFieldsDto & { title?: string | null; price?: PriceDto | null };

/** Genres compare without regard to case: kept trimmed, lower-cased and once each. */
export const normalizeGenre = (genre: string) => genre.trim().toLocaleLowerCase('fr');
export const normalizeGenres = (genres: string[]) => [...new Set(genres.map(normalizeGenre).filter(Boolean))];

/** The values a new row starts from, before the request's fields are applied. */
export const EMPTY_FIELDS = {
  description: '',
  genres: [] as string[],
  year: null,
  durationMinutes: null,
  language: null,
  priceCurrency: DEFAULT_CONTENT_CURRENCY as string,
  thumbnailKey: null,
  archivedAt: null,
};

/** Copies what the request says (a field left out stays as it is; null clears a nullable one). */
export function applyFields(target: Editable, input: FieldsInput): void {
  if (input.title !== undefined) target.title = input.title;
  if (input.description !== undefined) target.description = input.description;
  if (input.genres !== undefined) target.genres = normalizeGenres(input.genres);
  if (input.year !== undefined) target.year = input.year;
  if (input.durationMinutes !== undefined) target.durationMinutes = input.durationMinutes;
  if (input.language !== undefined) target.language = input.language;
  if (input.price !== undefined) {
    target.priceAmount = input.price?.amount ?? null;
    target.priceCurrency = input.price?.currency ?? DEFAULT_CONTENT_CURRENCY;
  }
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, '\\$&');

/**
 * `q` (every word must appear in the title or the description, accents and case ignored, through the
 * indexed `content_search_text`), `genre` and `year`. Archived rows are left out.
 */
export function applyListFilters<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, alias: string, query: ContentListQuery): void {
  builder.where(`${alias}.archivedAt IS NULL`);
  const terms = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  terms.forEach((term, index) => {
    builder.andWhere(`content_search_text(${alias}.title || ' ' || ${alias}.description) LIKE '%' || content_search_text(:term${index}) || '%'`, {
      [`term${index}`]: escapeLike(term),
    });
  });
  if (query.genre) builder.andWhere(`:genre = ANY(${alias}.genres)`, { genre: normalizeGenre(query.genre) });
  if (query.year !== undefined) builder.andWhere(`${alias}.year = :year`, { year: query.year });
}

/**
 * Archives in one statement (never deletes: buyers keep reading what they own). Archiving again is
 * a no-op; an unknown id is a 404.
 */
export async function archiveContent(manager: EntityManager, type: ContentType, id: string): Promise<void> {
  const rows: unknown[] = await manager.query(
    `WITH target AS (SELECT id FROM ${CONTENT_TABLES[type]} WHERE id = $1),
          archived AS (UPDATE ${CONTENT_TABLES[type]} SET archived_at = now(), updated_at = now()
                        WHERE id = $1 AND archived_at IS NULL RETURNING id)
     SELECT id FROM target`,
    [id],
  );
  if (rows.length === 0) throw contentNotFound(type);
}

/** Whether a row exists, archived or not, and if it is archived. */
export async function contentState(manager: EntityManager, type: ContentType, id: string): Promise<'active' | 'archived' | undefined> {
  const rows: { archived: boolean }[] = await manager.query(`SELECT archived_at IS NOT NULL AS archived FROM ${CONTENT_TABLES[type]} WHERE id = $1`, [id]);
  if (rows.length === 0) return undefined;
  return rows[0].archived ? 'archived' : 'active';
}
