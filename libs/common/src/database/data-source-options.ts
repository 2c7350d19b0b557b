import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type MigrationClass = new () => MigrationInterface;

/** One place for the connection settings, shared by the Nest module and the CLI. */
export function dataSourceOptions(config: AppConfig, migrations: MigrationClass[]): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // A request that cannot get a connection within 10 s fails (503) instead of waiting forever.
    extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 10_000, application_name: 'guichet' },
  };
}
