import { Module } from '@nestjs/common';
import { ContentModule } from './content/content.module';
import { MatchesModule } from './matches/matches.module';

/** Competitions, stands, matches (with the stands opened per match), films and series. */
@Module({ imports: [ContentModule, MatchesModule], exports: [ContentModule, MatchesModule] })
export class CatalogueModule {}
