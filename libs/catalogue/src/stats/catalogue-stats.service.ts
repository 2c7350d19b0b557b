import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CatalogueCounts {
  films: number;
  series: number;
  seasons: number;
  episodes: number;
  matches: number;
  upcomingMatches: number;
}

/** Counts of what the catalogue holds (archived content and cancelled matches left out). */
@Injectable()
export class CatalogueStatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async counts(): Promise<CatalogueCounts> {
    const [row] = await this.db.query<CatalogueCounts[]>(`
      SELECT (SELECT count(*) FROM film WHERE archived_at IS NULL)::int AS films,
             (SELECT count(*) FROM series WHERE archived_at IS NULL)::int AS series,
             (SELECT count(*) FROM season WHERE archived_at IS NULL)::int AS seasons,
             (SELECT count(*) FROM episode WHERE archived_at IS NULL)::int AS episodes,
             (SELECT count(*) FROM match WHERE status = 'scheduled')::int AS matches,
             (SELECT count(*) FROM match WHERE status = 'scheduled' AND kickoff_at > now())::int AS "upcomingMatches"`);
    return row;
  }
}
