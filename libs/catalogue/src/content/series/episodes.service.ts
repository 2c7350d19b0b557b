import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { uniqueViolation } from '@guichet/common';
import { DataSource } from 'typeorm';
import { contentNotFound, numberTaken, parentArchived } from '../content.errors';
import { applyFields, archiveContent, contentState, EMPTY_FIELDS } from '../content-rows';
import { ContentType } from '../content-type';
import { ContentEventsPublisher } from '../content-events.publisher';
import { ContentViews, EpisodeView } from '../content-views';
import { CreateEpisodeDto, UpdateEpisodeDto } from '../dto/episode.dto';
import { Episode } from '../entities/episode.entity';

@Injectable()
export class EpisodesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly views: ContentViews,
    private readonly events: ContentEventsPublisher,
  ) {}

  /** Readable even when archived (a buyer keeps the episodes they own). */
  async get(id: string): Promise<EpisodeView> {
    return this.view(await this.find(id));
  }

  async create(seasonId: string, dto: CreateEpisodeDto): Promise<EpisodeView> {
    const parent = await contentState(this.db.manager, ContentType.Season, seasonId);
    if (!parent) throw contentNotFound(ContentType.Season);
    if (parent === 'archived') throw parentArchived(ContentType.Season);
    const episode = this.db.manager.create(Episode, { ...EMPTY_FIELDS, seasonId, number: dto.number, priceAmount: null });
    applyFields(episode, dto);
    return this.events.published('episode', await this.view(await this.save(episode)));
  }

  async update(id: string, dto: UpdateEpisodeDto): Promise<EpisodeView> {
    const episode = await this.find(id);
    if (dto.number !== undefined) episode.number = dto.number;
    applyFields(episode, dto);
    return this.view(await this.save(episode));
  }

  archive(id: string): Promise<void> {
    return archiveContent(this.db.manager, ContentType.Episode, id);
  }

  private async save(episode: Episode): Promise<Episode> {
    try {
      return await this.db.manager.save(episode);
    } catch (error) {
      if (uniqueViolation(error) === 'episode_number_unique') throw numberTaken(ContentType.Episode, episode.number);
      throw error;
    }
  }

  private async find(id: string): Promise<Episode> {
    const episode = await this.db.manager.findOneBy(Episode, { id });
    if (!episode) throw contentNotFound(ContentType.Episode);
    return episode;
  }

  private async view(episode: Episode): Promise<EpisodeView> {
    const media = await this.views.mediaOf(ContentType.Episode, [episode.id]);
    return this.views.episode(episode, media.get(episode.id));
  }
}
