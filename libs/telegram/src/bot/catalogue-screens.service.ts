import { Injectable } from '@nestjs/common';
import { ContentListQuery, ContentType, EpisodesService, FilmsService, SeasonsService, SeriesService } from '@guichet/catalogue';
import { Money } from '@guichet/common';
import { Markup } from 'telegraf';
import { InlineKeyboardButton } from 'telegraf/types';
import { formatDuration, formatMoney } from '../i18n/format';
import { Texts } from '../i18n/texts';
import { button, pager, Screen } from './keyboards';

export const PAGE_SIZE = 5;

interface Describable {
  description: string;
  genres: string[];
  year: number | null;
  durationMinutes: number | null;
  language: string | null;
  price: Money | null;
}

const listQuery = (page: number, pageSize = PAGE_SIZE, q?: string) => Object.assign(new ContentListQuery(), { page, pageSize, ...(q ? { q } : {}) });
const pagesOf = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
const priceLabel = (price: Money | null) => (price ? formatMoney(price) : null);

/** Detail of an item to show, with its poster when it has one. */
export interface DetailScreen extends Screen {
  poster?: { type: ContentType; id: string; url: string };
  genres: string[];
}

/** The catalogue as the bot shows it: lists with pages, details with a buy button; read through the catalogue's services. */
@Injectable()
export class CatalogueScreens {
  constructor(
    private readonly films: FilmsService,
    private readonly series: SeriesService,
    private readonly seasons: SeasonsService,
    private readonly episodes: EpisodesService,
  ) {}

  async filmList(t: Texts, page: number): Promise<Screen> {
    const result = await this.films.list(listQuery(page));
    const pages = pagesOf(result.total);
    const rows: InlineKeyboardButton[][] = result.items.map((film) => [
      button(`${film.title}${film.year ? ` (${film.year})` : ''} — ${formatMoney(film.price)}`, `f:${film.id}`),
    ]);
    return this.list(result.total === 0 ? t.noFilms : t.films(page, pages), rows, pager(t, 'fl', page, pages), t);
  }

  async seriesList(t: Texts, page: number): Promise<Screen> {
    const result = await this.series.list(listQuery(page));
    const pages = pagesOf(result.total);
    const rows = result.items.map((series) => [button(`${series.title}${series.year ? ` (${series.year})` : ''}`, `s:${series.id}`)]);
    return this.list(result.total === 0 ? t.noSeries : t.seriesList(page, pages), rows, pager(t, 'sl', page, pages), t);
  }

  /** Films and series whose title matches what was typed (accents and case ignored, like the API). */
  async search(t: Texts, q: string): Promise<Screen | undefined> {
    const [films, series] = await Promise.all([this.films.list(listQuery(1, 6, q)), this.series.list(listQuery(1, 4, q))]);
    if (films.total + series.total === 0) return undefined;
    const rows = [
      ...films.items.map((film) => [button(`🎬 ${film.title} — ${formatMoney(film.price)}`, `f:${film.id}`)]),
      ...series.items.map((item) => [button(`📺 ${item.title}`, `s:${item.id}`)]),
    ];
    return this.list(t.searchResults(q), rows, [], t);
  }

  async film(t: Texts, id: string): Promise<DetailScreen> {
    const film = await this.films.get(id);
    const keyboard = Markup.inlineKeyboard([
      [button(t.buy(formatMoney(film.price)), `b:film:${film.id}`)],
      [button(t.menu.back, 'fl:1'), button(t.menu.menu, 'menu')],
    ]);
    return { text: this.describe(t, `🎬 ${film.title}`, film), keyboard, genres: film.genres, ...this.poster(ContentType.Film, film.id, film.thumbnailUrl) };
  }

  async seriesDetail(t: Texts, id: string): Promise<DetailScreen> {
    const series = await this.series.get(id);
    const rows: InlineKeyboardButton[][] = series.seasons
      .filter((season) => !season.archivedAt)
      .map((season) => [button(`${t.seasonLabel(season.number, season.title)}${season.price ? ` — ${formatMoney(season.price)}` : ''}`, `se:${season.id}`)]);
    rows.push([button(t.buy(formatMoney(series.price)), `b:series:${series.id}`)]);
    rows.push([button(t.menu.back, 'sl:1'), button(t.menu.menu, 'menu')]);
    const text = `${this.describe(t, `📺 ${series.title}`, series)}\n\n${t.seasonsOf(series.title)}`;
    return { text, keyboard: Markup.inlineKeyboard(rows), genres: series.genres, ...this.poster(ContentType.Series, series.id, series.thumbnailUrl) };
  }

  async season(t: Texts, id: string): Promise<DetailScreen> {
    const season = await this.seasons.get(id);
    const series = await this.series.get(season.seriesId);
    const rows: InlineKeyboardButton[][] = season.episodes.map((episode) => [
      button(`${t.episodeLabel(episode.number, episode.title)}${episode.price ? ` — ${formatMoney(episode.price)}` : ''}`, `e:${episode.id}`),
    ]);
    if (season.price) rows.push([button(t.buy(formatMoney(season.price)), `b:season:${season.id}`)]);
    rows.push([button(t.menu.back, `s:${series.id}`), button(t.menu.menu, 'menu')]);
    const title = `${series.title} — ${t.seasonLabel(season.number, season.title)}`;
    return { text: this.describe(t, `📺 ${title}`, season), keyboard: Markup.inlineKeyboard(rows), genres: series.genres };
  }

  async episode(t: Texts, id: string): Promise<DetailScreen> {
    const episode = await this.episodes.get(id);
    const season = await this.seasons.get(episode.seasonId);
    const rows: InlineKeyboardButton[][] = [];
    if (episode.price) rows.push([button(t.buy(formatMoney(episode.price)), `b:episode:${episode.id}`)]);
    rows.push([button(t.menu.back, `se:${season.id}`), button(t.menu.menu, 'menu')]);
    return {
      text: this.describe(t, `📺 ${t.episodeLabel(episode.number, episode.title)}`, episode),
      keyboard: Markup.inlineKeyboard(rows),
      genres: episode.genres,
      ...this.poster(ContentType.Episode, episode.id, episode.thumbnailUrl),
    };
  }

  private list(title: string, rows: InlineKeyboardButton[][], nav: InlineKeyboardButton[], t: Texts): Screen {
    return { text: title, keyboard: Markup.inlineKeyboard([...rows, ...(nav.length ? [nav] : []), [button(t.menu.menu, 'menu')]]) };
  }

  private describe(t: Texts, title: string, item: Describable): string {
    const facts = [
      item.year ? `${t.details.year} ${item.year}` : null,
      formatDuration(item.durationMinutes) ? `${t.details.duration} ${formatDuration(item.durationMinutes)}` : null,
      item.language ? `${t.details.language} ${item.language}` : null,
      item.genres.length ? `${t.details.genres} ${item.genres.join(', ')}` : null,
      `${t.details.price} ${priceLabel(item.price) ?? t.details.notSoldAlone}`,
    ].filter((line): line is string => line !== null);
    // Telegram captions stop at 1024 characters: the description is cut, the facts are kept.
    const description = item.description.length > 600 ? `${item.description.slice(0, 597)}…` : item.description;
    return [title, ...facts, ...(description ? ['', description] : [])].join('\n');
  }

  private poster(type: ContentType, id: string, url: string | null): { poster?: DetailScreen['poster'] } {
    return url ? { poster: { type, id, url } } : {};
  }
}
