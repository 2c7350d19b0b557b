import { Module } from '@nestjs/common';
import { ContentModule } from './content/content.module';
import { MatchesModule } from './matches/matches.module';
import { CatalogueStatsService } from './stats/catalogue-stats.service';

/** Competitions, stands, matches (with the stands opened per match), films and series. */
@Module({
  imports: [ContentModule, MatchesModule],
  providers: [CatalogueStatsService],
  exports: [ContentModule, MatchesModule, CatalogueStatsService],
})
export class CatalogueModule {}
