import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { uniqueViolation } from '@guichet/common';
import { DataSource, IsNull } from 'typeorm';
import { contentNotFound, numberTaken, parentArchived } from '../content.errors';
import { applyFields, archiveContent, contentState, EMPTY_FIELDS } from '../content-rows';
import { ContentType } from '../content-type';
import { ContentEventsPublisher } from '../content-events.publisher';
import { ContentViews, SeasonDetailView } from '../content-views';
import { CreateSeasonDto, UpdateSeasonDto } from '../dto/season.dto';
import { Episode } from '../entities/episode.entity';
import { Season } from '../entities/season.entity';

@Injectable()
export class SeasonsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly views: ContentViews,
    private readonly events: ContentEventsPublisher,
  ) {}

  /** A season with its episodes (those not archived); readable even when archived. */
  async get(id: string): Promise<SeasonDetailView> {
    return this.detail(await this.find(id));
  }

  async create(seriesId: string, dto: CreateSeasonDto): Promise<SeasonDetailView> {
    const parent = await contentState(this.db.manager, ContentType.Series, seriesId);
    if (!parent) throw contentNotFound(ContentType.Series);
    if (parent === 'archived') throw parentArchived(ContentType.Series);
    const season = this.db.manager.create(Season, { ...EMPTY_FIELDS, seriesId, number: dto.number, title: null, priceAmount: null });
    applyFields(season, dto);
    return this.events.published('season', await this.detail(await this.save(season)));
  }

  async update(id: string, dto: UpdateSeasonDto): Promise<SeasonDetailView> {
    const season = await this.find(id);
    if (dto.number !== undefined) season.number = dto.number;
    applyFields(season, dto);
    return this.detail(await this.save(season));
  }

  archive(id: string): Promise<void> {
    return archiveContent(this.db.manager, ContentType.Season, id);
  }

  private async save(season: Season): Promise<Season> {
    try {
      return await this.db.manager.save(season);
    } catch (error) {
      if (uniqueViolation(error) === 'season_number_unique') throw numberTaken(ContentType.Season, season.number);
      throw error;
    }
  }

  private async find(id: string): Promise<Season> {
    const season = await this.db.manager.findOneBy(Season, { id });
    if (!season) throw contentNotFound(ContentType.Season);
    return season;
  }

  private async detail(season: Season): Promise<SeasonDetailView> {
    const episodes = await this.db.manager.find(Episode, {
      where: { seasonId: season.id, archivedAt: IsNull() },
      order: { number: 'ASC' },
    });
    const [view] = await this.views.seasonsWithEpisodes([season], episodes);
    return view;
  }
}
