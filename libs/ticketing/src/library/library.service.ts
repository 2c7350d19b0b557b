import { extname } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ContentService, ContentType, EpisodeRef } from '@guichet/catalogue';
import { AppConfig, notFound, ServedFile, Storage } from '@guichet/common';
import { AuthUser } from '@guichet/users';
import { EntitlementsService } from '../entitlements/entitlements.service';
import { attachmentDisposition } from './content-disposition';
import { DownloadGrant, DownloadTokens } from './download-token';
import { ticketingError } from '../ticketing.errors';

export const DOWNLOAD_LINK_SECONDS = 15 * 60;

export interface LibraryEpisode {
  id: string;
  number: number;
  title: string;
  downloadable: boolean;
}

export interface LibrarySeries {
  id: string;
  title: string;
  seasons: { id: string; number: number; episodes: LibraryEpisode[] }[];
}

export interface Library {
  films: { id: string; title: string; downloadable: boolean }[];
  series: LibrarySeries[];
}

/** Accents and case do not matter when searching as you type ("miserables" finds "Misérables"). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

@Injectable()
export class LibraryService {
  readonly tokens: DownloadTokens;

  constructor(
    private readonly entitlements: EntitlementsService,
    private readonly content: ContentService,
    private readonly config: AppConfig,
    private readonly storage: Storage,
  ) {
    this.tokens = new DownloadTokens(config.JWT_SECRET);
  }

  /**
   * Exactly what the customer owns. A series bought whole lists every season and episode it has now,
   * including ones added after the purchase; archived items stay for those who own them.
   */
  async library(caller: AuthUser, q?: string): Promise<Library> {
    const owned = await this.entitlements.list(caller.id);
    const ids = (type: ContentType) => owned.filter((entry) => entry.contentType === type).map((entry) => entry.contentId);
    const films = await this.content.describeMany(ids(ContentType.Film).map((id) => ({ type: ContentType.Film, id })));
    const episodes = new Map<string, EpisodeRef>();
    for (const id of ids(ContentType.Series))
      for (const e of await this.content.episodesOf(ContentType.Series, id, { includeArchived: true })) episodes.set(e.id, e);
    for (const id of ids(ContentType.Season))
      for (const e of await this.content.episodesOf(ContentType.Season, id, { includeArchived: true })) episodes.set(e.id, e);
    const single = await this.content.describeMany(ids(ContentType.Episode).map((id) => ({ type: ContentType.Episode, id })));
    for (const e of single) {
      episodes.set(e.id, {
        id: e.id,
        seriesId: e.seriesId as string,
        seasonId: e.seasonId as string,
        seasonNumber: e.seasonNumber as number,
        number: e.episodeNumber as number,
        title: e.title ?? '',
        archived: e.archived,
        hasMedia: e.hasMedia,
      });
    }
    const seriesIds = [...new Set([...ids(ContentType.Series), ...[...episodes.values()].map((e) => e.seriesId)])];
    const seriesTitles = new Map(
      (await this.content.describeMany(seriesIds.map((id) => ({ type: ContentType.Series, id })))).map((s) => [s.id, s.title ?? '']),
    );
    const wanted = q ? fold(q) : '';
    const matches = (...texts: string[]) => !wanted || texts.some((text) => fold(text).includes(wanted));
    return {
      films: films.filter((film) => matches(film.title ?? '')).map((film) => ({ id: film.id, title: film.title ?? '', downloadable: film.hasMedia })),
      series: seriesIds
        .map((id) =>
          this.seriesOf(
            id,
            seriesTitles.get(id) ?? '',
            [...episodes.values()].filter((e) => e.seriesId === id),
            matches,
          ),
        )
        .filter((series): series is LibrarySeries => series !== undefined),
    };
  }

  /** A link valid 15 minutes, bound to this customer and this file; ownership is checked now and at download. */
  async createDownload(caller: AuthUser, type: 'film' | 'episode', contentId: string): Promise<{ url: string; expiresAt: string }> {
    if (!(await this.entitlements.owns(caller.id, type as ContentType, contentId))) {
      throw ticketingError('not-owned', 'Buy it first; it will then appear in your library.');
    }
    if (!(await this.content.storedMedia(type as ContentType.Film | ContentType.Episode, contentId))) throw notFound('Video file');
    const expiresAt = Math.floor(Date.now() / 1000) + DOWNLOAD_LINK_SECONDS;
    const token = this.tokens.sign({ customerId: caller.id, type, contentId, expiresAt });
    return { url: `${this.config.PUBLIC_URL}/api/v1/dl/${token}`, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }

  /** The grant behind a link, re-checked: an expired, altered or no longer owned link is refused. */
  async redeem(token: string): Promise<DownloadGrant & { title: string }> {
    const grant = this.tokens.verify(token);
    const refused = ticketingError('link-refused', 'It expired or was altered; ask for a new one in your library.');
    if (!grant || !(await this.entitlements.owns(grant.customerId, grant.type as ContentType, grant.contentId))) throw refused;
    const summary = await this.content.describe(grant.type as ContentType, grant.contentId);
    const title =
      summary?.type === ContentType.Episode
        ? `${summary.seriesTitle ?? ''} S${summary.seasonNumber ?? ''}E${summary.episodeNumber ?? ''} ${summary.title ?? ''}`
        : (summary?.title ?? 'video');
    return { ...grant, title: title.trim() };
  }

  /** The file behind a download link, ready for sendFile: resumable, validated by its sha256, never cached by proxies. */
  async download(token: string): Promise<ServedFile> {
    const grant = await this.redeem(token);
    const media = await this.content.storedMedia(grant.type as ContentType.Film | ContentType.Episode, grant.contentId);
    if (!media) throw notFound('Video file');
    return {
      size: media.size,
      etag: `"${media.sha256}"`,
      contentType: media.contentType,
      headers: { 'cache-control': 'private, no-store', 'content-disposition': attachmentDisposition(grant.title, extname(media.fileName)) },
      read: (range) => this.storage.read(media.storageKey, range),
    };
  }

  private seriesOf(id: string, title: string, episodes: EpisodeRef[], matches: (...texts: string[]) => boolean): LibrarySeries | undefined {
    const shown = matches(title) ? episodes : episodes.filter((e) => matches(e.title));
    if (shown.length === 0 && !matches(title)) return undefined;
    const seasons = new Map<string, LibrarySeries['seasons'][number]>();
    for (const e of [...shown].sort((a, b) => a.seasonNumber - b.seasonNumber || a.number - b.number)) {
      const season = seasons.get(e.seasonId) ?? { id: e.seasonId, number: e.seasonNumber, episodes: [] };
      season.episodes.push({ id: e.id, number: e.number, title: e.title, downloadable: e.hasMedia });
      seasons.set(e.seasonId, season);
    }
    return { id, title, seasons: [...seasons.values()] };
  }
}
