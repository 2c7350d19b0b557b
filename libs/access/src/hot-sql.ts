import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A statement sent as a named prepared statement: parsed and planned once per connection. */
export interface NamedStatement {
  name: string;
  text: string;
}

/**
 * Raw SQL on the DataSource's own pg pool, for the entrance's hot paths (CONVENTIONS.md: a prepared
 * pg query is ~3x cheaper than the ORM). Also keeps ticket codes out of error objects: pg errors do
 * not carry the query parameters, TypeORM's QueryFailedError does (and could end up in a log).
 */
@Injectable()
export class HotSql {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get pool(): Pool {
    return (this.db.driver as PostgresDriver).master as Pool;
  }

  async rows<T extends QueryResultRow>(statement: NamedStatement, values: unknown[]): Promise<T[]> {
    return (await this.pool.query<T>({ name: statement.name, text: statement.text, values })).rows;
  }

  /** One transaction on one connection; rolled back if `work` throws. */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new Tx(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

export class Tx {
  constructor(private readonly client: PoolClient) {}

  async rows<T extends QueryResultRow>(statement: NamedStatement, values: unknown[]): Promise<T[]> {
    return (await this.client.query<T>({ name: statement.name, text: statement.text, values })).rows;
  }
}
