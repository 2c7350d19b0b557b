import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, MigrationClass } from './data-source-options';

/** TypeORM on pg; migrations run on start only when RUN_MIGRATIONS is set. */
@Module({})
export class DatabaseModule {
  static forRoot(migrations: MigrationClass[]): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config, migrations),
            autoLoadEntities: true,
            migrationsRun: config.RUN_MIGRATIONS,
            retryAttempts: 3,
          }),
        }),
      ],
    };
  }
}
