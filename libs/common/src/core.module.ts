import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { MigrationClass } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';
import { StorageModule } from './storage/storage.module';

/** The infrastructure every app needs, imported once by each app's root module. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, migrations: MigrationClass[]): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule.forRoot(migrations), RedisModule, QueuesModule.forRoot(), StorageModule],
    };
  }
}
