import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { ContentType } from '../content-type';
import { ContentViews, FilmView, SeriesDetailView } from '../content-views';
import { Episode } from '../entities/episode.entity';
import { Film } from '../entities/film.entity';
import { Season } from '../entities/season.entity';
import { Series } from '../entities/series.entity';

/** The whole catalogue on sale, as one document (for the bot and for backups). */
export interface CatalogueExport {
  /** Grows with every change of a film, series, season, episode or media file. */
  version: number;
  generatedAt: string;
  films: FilmView[];
  series: SeriesDetailView[];
}

@Injectable()
export class CatalogueExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly views: ContentViews,
  ) {}

  /** Read in one snapshot, so that `version` describes exactly the content it comes with. */
  exportContent(): Promise<CatalogueExport> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const [{ version }]: { version: string }[] = await manager.query(`SELECT version FROM content_version`);
      const films = await manager.find(Film, { where: { archivedAt: IsNull() }, order: { title: 'ASC', id: 'ASC' } });
      const series = await manager.find(Series, { where: { archivedAt: IsNull() }, order: { title: 'ASC', id: 'ASC' } });
      const seasons = series.length ? await manager.find(Season, { where: { seriesId: In(series.map((one) => one.id)), archivedAt: IsNull() } }) : [];
      const episodes = seasons.length ? await manager.find(Episode, { where: { seasonId: In(seasons.map((season) => season.id)), archivedAt: IsNull() } }) : [];
      const filmMedia = await this.views.mediaOf(
        ContentType.Film,
        films.map((film) => film.id),
        manager,
      );
      const seasonViews = await this.views.seasonsWithEpisodes(seasons, episodes, manager);
      return {
        version: Number(version),
        generatedAt: new Date().toISOString(),
        films: films.map((film) => this.views.film(film, filmMedia.get(film.id))),
        series: series.map((one) => ({
          ...this.views.series(one),
          seasons: seasonViews.filter((season) => season.seriesId === one.id),
        })),
      };
    });
  }
}
