import { dropDatabase } from '@guichet/common';
import { migratedDatabase } from './migrated-database';

export interface OwnDatabase {
  url: string;
  /** Rows of every table, by table name. */
  rowCounts(): Promise<Record<string, number>>;
  drop(): Promise<void>;
}

/**
 * A migrated database for one spec alone: other test files write to the shared one at the same time, and a spec
 * that asserts "no table changed" needs nobody else writing.
 */
export async function ownDatabase(label: string): Promise<OwnDatabase> {
  const { url, db } = await migratedDatabase(label);
  return {
    url,
    async rowCounts() {
      const tables = await db.query<{ name: string }[]>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables) counts[name] = Number((await db.query<{ n: string }[]>(`SELECT count(*) AS n FROM "${name}"`))[0].n);
      return counts;
    },
    async drop() {
      await db.destroy();
      await dropDatabase(url);
    },
  };
}
