import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@guichet/common';
import { allMigrations } from '@guichet/schema';
import { UsersModule } from '@guichet/users';

@Module({})
export class CliAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliAppModule, imports: [CoreModule.forRoot(config, allMigrations), UsersModule] };
  }
}
