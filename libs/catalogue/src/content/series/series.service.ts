import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page, pageOf } from '@guichet/common';
import { DataSource, In, IsNull } from 'typeorm';
import { contentNotFound } from '../content.errors';
import { applyFields, applyListFilters, archiveContent, EMPTY_FIELDS } from '../content-rows';
import { ContentType } from '../content-type';
import { ContentEventsPublisher } from '../content-events.publisher';
import { ContentViews, SeriesDetailView, SeriesView } from '../content-views';
import { ContentListQuery } from '../dto/content-list.query';
import { CreateSeriesDto, UpdateSeriesDto } from '../dto/series.dto';
import { Episode } from '../entities/episode.entity';
import { Season } from '../entities/season.entity';
import { Series } from '../entities/series.entity';

@Injectable()
export class SeriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly views: ContentViews,
    private readonly events: ContentEventsPublisher,
  ) {}

  async list(query: ContentListQuery): Promise<Page<SeriesView>> {
    const builder = this.db.manager.createQueryBuilder(Series, 'series');
    applyListFilters(builder, 'series', query);
    const [series, total] = await builder
      .orderBy('series.createdAt', 'DESC')
      .addOrderBy('series.id', 'DESC')
      .skip(query.offset)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf(
      series.map((one) => this.views.series(one)),
      total,
      query,
    );
  }

  /** The series with its seasons and their episodes (those not archived), in order of number. */
  async get(id: string): Promise<SeriesDetailView> {
    return this.detail(await this.find(id));
  }

  async create(dto: CreateSeriesDto): Promise<SeriesDetailView> {
    const series = this.db.manager.create(Series, { ...EMPTY_FIELDS });
    applyFields(series, dto);
    return this.events.published('series', await this.detail(await this.db.manager.save(series)));
  }

  async update(id: string, dto: UpdateSeriesDto): Promise<SeriesDetailView> {
    const series = await this.find(id);
    applyFields(series, dto);
    return this.detail(await this.db.manager.save(series));
  }

  /** Its seasons and episodes go with it: they are only listed through the series. */
  archive(id: string): Promise<void> {
    return archiveContent(this.db.manager, ContentType.Series, id);
  }

  private async find(id: string): Promise<Series> {
    const series = await this.db.manager.findOneBy(Series, { id });
    if (!series) throw contentNotFound(ContentType.Series);
    return series;
  }

  private async detail(series: Series): Promise<SeriesDetailView> {
    const seasons = await this.db.manager.find(Season, {
      where: { seriesId: series.id, archivedAt: IsNull() },
      order: { number: 'ASC' },
    });
    const episodes = seasons.length
      ? await this.db.manager.find(Episode, {
          where: { seasonId: In(seasons.map((season) => season.id)), archivedAt: IsNull() },
          order: { number: 'ASC' },
        })
      : [];
    return { ...this.views.series(series), seasons: await this.views.seasonsWithEpisodes(seasons, episodes) };
  }
}
