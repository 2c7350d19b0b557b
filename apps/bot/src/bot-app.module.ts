import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { BotFeaturesModule } from '@guichet/features';

@Module({})
export class BotAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: BotAppModule, imports: [CoreModule.forRoot(config, allMigrations), BotFeaturesModule.forRoot(config)] };
  }
}
