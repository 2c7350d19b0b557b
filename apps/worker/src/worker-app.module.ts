import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { WorkerFeaturesModule } from '@guichet/features';

@Module({})
export class WorkerAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerAppModule, imports: [CoreModule.forRoot(config, allMigrations), WorkerFeaturesModule] };
  }
}
