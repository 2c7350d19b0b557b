import { Module } from '@nestjs/common';
import { ContentModule } from './content/content.module';

/** Competitions, stands, matches (with the stands opened per match), films and series. */
@Module({ imports: [ContentModule], exports: [ContentModule] })
export class CatalogueModule {}
