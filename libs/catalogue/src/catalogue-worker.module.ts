import { Module } from '@nestjs/common';
import { CatalogueModule } from './catalogue.module';
import { CatalogueSweepsProcessor } from './sweeps/catalogue-sweeps.processor';
import { CatalogueSweepsScheduler } from './sweeps/catalogue-sweeps.scheduler';

/** The catalogue's queue consumers and schedules; loaded by the worker app only. */
@Module({ imports: [CatalogueModule], providers: [CatalogueSweepsProcessor, CatalogueSweepsScheduler] })
export class CatalogueWorkerModule {}
