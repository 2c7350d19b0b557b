import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A lib's SQL names only the tables its own migrations create (docs/architecture.md, "Tables are owned in
 * SQL too"). Import rules cannot see a table named in a string: this reads every lib's sources instead.
 */
const ROOT = join(__dirname, '..', '..', '..');
const LIBS = join(ROOT, 'libs');

/**
 * The documented exceptions, at most these two, each explained beside its SQL and in docs/architecture.md:
 * single statements that must stay single for speed and exactly-once.
 */
const ALLOWED: Record<string, string[]> = {
  // Hold seats: the stand's counter (catalogue) and the order (ticketing) in one statement.
  'libs/ticketing/src/orders/seat-hold.sql.ts': ['match', 'match_stand', 'stand'],
  // Scan once: the verdict, the ticket marked used (ticketing) and the scan log (access) in one statement.
  'libs/access/src/scans/scan.sql.ts': ['ticket', 'customer_order', 'match'],
};

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, keep);
    return keep(path) ? [path] : [];
  });
}

const libs = readdirSync(LIBS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const isMigration = (path: string) => path.includes('/migrations/');
const isSource = (path: string) => path.endsWith('.ts') && !path.endsWith('.spec.ts');

/** Table → the lib whose migrations create it. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const lib of libs) {
    for (const path of files(join(LIBS, lib, 'src'), (file) => isMigration(file) && isSource(file))) {
      for (const match of readFileSync(path, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_][a-z0-9_]*)"?/g)) {
        owners.set(match[1], lib);
      }
    }
  }
  return owners;
}

/**
 * Tables a source text names: in SQL after FROM, JOIN, UPDATE, INTO, TABLE or REFERENCES (SQL here is written
 * upper case), and as the quoted table of a query builder call (`.from('ticket', 't')`, `.leftJoin('club', …)`).
 */
function tablesNamed(sql: string, tables: Iterable<string>): Set<string> {
  const names = [...tables].sort((a, b) => b.length - a.length).join('|');
  const inSql = new RegExp(`\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|REFERENCES)\\s+"?(${names})"?(?![a-z0-9_])`, 'g');
  const inBuilder = new RegExp(`\\.(?:from|into|update|delete|(?:inner|left)Join(?:AndSelect|AndMapOne|AndMapMany)?)\\(\\s*['"\`](${names})['"\`]`, 'g');
  return new Set([...sql.matchAll(inSql), ...sql.matchAll(inBuilder)].map((match) => match[1]));
}

function crossings(owners: Map<string, string>): string[] {
  const found: string[] = [];
  for (const lib of libs) {
    for (const path of files(join(LIBS, lib, 'src'), (file) => !isMigration(file) && isSource(file))) {
      const file = relative(ROOT, path);
      for (const table of tablesNamed(readFileSync(path, 'utf8'), owners.keys())) {
        const owner = owners.get(table);
        if (owner !== lib && !(ALLOWED[file] ?? []).includes(table)) found.push(`${file} names ${table} (owned by ${owner})`);
      }
    }
  }
  return found;
}

describe('SQL table ownership', () => {
  const owners = tableOwners();

  it('knows who owns the tables (read from the migrations)', () => {
    expect(owners.get('ticket')).toBe('ticketing');
    expect(owners.get('app_user')).toBe('users');
    expect(owners.get('match_stand')).toBe('catalogue');
    expect(owners.get('payment')).toBe('payments');
    expect(owners.get('scan')).toBe('access');
  });

  it('sees a table named in a query, and not a longer name or prose', () => {
    expect([...tablesNamed('SELECT 1 FROM ticket t JOIN match_stand ms ON true', owners.keys())].sort()).toEqual(['match_stand', 'ticket']);
    expect([...tablesNamed('SELECT 1 FROM ticketing_view; a ticket from the club', owners.keys())]).toEqual([]);
    expect([...tablesNamed("db.createQueryBuilder().from('ticket', 't').leftJoin('app_user', 'u', 'u.id = t.customer_id')", owners.keys())].sort()).toEqual([
      'app_user',
      'ticket',
    ]);
  });

  it("finds no lib whose SQL names another lib's table, beyond the two documented exceptions", () => {
    expect(crossings(owners)).toEqual([]);
  });

  it('keeps the exceptions honest: each still names the tables it is excused for', () => {
    for (const [file, tables] of Object.entries(ALLOWED)) {
      const named = tablesNamed(readFileSync(join(ROOT, file), 'utf8'), owners.keys());
      expect({ file, tables: tables.filter((table) => named.has(table)) }).toEqual({ file, tables });
    }
  });
});
