import { Module } from '@nestjs/common';
import { ContentModule } from './content/content.module';
import { CatalogueExportController } from './export/catalogue-export.controller';
import { MatchesModule } from './matches/matches.module';
import { CatalogueStatsService } from './stats/catalogue-stats.service';

/** Competitions, stands, matches (with the stands opened per match), films and series. */
@Module({
  imports: [ContentModule, MatchesModule],
  controllers: [CatalogueExportController],
  providers: [CatalogueStatsService],
  exports: [ContentModule, MatchesModule, CatalogueStatsService],
})
export class CatalogueModule {}
