import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { ApiFeaturesModule } from '@guichet/features';

@Module({})
export class ApiAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ApiAppModule, imports: [CoreModule.forRoot(config, allMigrations), ApiFeaturesModule] };
  }
}
