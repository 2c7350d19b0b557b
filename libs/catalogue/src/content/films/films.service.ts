import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page, pageOf } from '@guichet/common';
import { DataSource } from 'typeorm';
import { contentNotFound } from '../content.errors';
import { applyFields, applyListFilters, archiveContent, EMPTY_FIELDS } from '../content-rows';
import { ContentType } from '../content-type';
import { ContentEventsPublisher } from '../content-events.publisher';
import { ContentViews, FilmView } from '../content-views';
import { ContentListQuery } from '../dto/content-list.query';
import { CreateFilmDto, UpdateFilmDto } from '../dto/film.dto';
import { Film } from '../entities/film.entity';

@Injectable()
export class FilmsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly views: ContentViews,
    private readonly events: ContentEventsPublisher,
  ) {}

  /** Films on sale (not archived), newest first. */
  async list(query: ContentListQuery): Promise<Page<FilmView>> {
    const builder = this.db.manager.createQueryBuilder(Film, 'film');
    applyListFilters(builder, 'film', query);
    const [films, total] = await builder
      .orderBy('film.createdAt', 'DESC')
      .addOrderBy('film.id', 'DESC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    const media = await this.views.mediaOf(
      ContentType.Film,
      films.map((film) => film.id),
    );
    return pageOf(
      films.map((film) => this.views.film(film, media.get(film.id))),
      total,
      query,
    );
  }

  /** Archived films stay readable by id. */
  async get(id: string): Promise<FilmView> {
    return this.view(await this.find(id));
  }

  async create(dto: CreateFilmDto): Promise<FilmView> {
    const film = this.db.manager.create(Film, { ...EMPTY_FIELDS });
    applyFields(film, dto);
    return this.events.published('film', await this.view(await this.db.manager.save(film)));
  }

  async update(id: string, dto: UpdateFilmDto): Promise<FilmView> {
    const film = await this.find(id);
    applyFields(film, dto);
    return this.view(await this.db.manager.save(film));
  }

  archive(id: string): Promise<void> {
    return archiveContent(this.db.manager, ContentType.Film, id);
  }

  private async find(id: string): Promise<Film> {
    const film = await this.db.manager.findOneBy(Film, { id });
    if (!film) throw contentNotFound(ContentType.Film);
    return film;
  }

  private async view(film: Film): Promise<FilmView> {
    const media = await this.views.mediaOf(ContentType.Film, [film.id]);
    return this.views.film(film, media.get(film.id));
  }
}
