import { randomUUID } from 'node:crypto';
import type { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';

/**
 * Many customers at once for race tests: inserted in one statement (hashing 1000 passwords would
 * dominate the test) and given access tokens signed with the app's own JWT service.
 */
export async function bulkCustomers(db: DataSource, jwt: JwtService, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await db.query(
    `INSERT INTO app_user (id, email, username, display_name, password_hash, role)
     SELECT id, 'racer-' || id || '@example.org', 'racer-' || id, 'Racer', 'not-a-login', 'customer' FROM unnest($1::uuid[]) AS id`,
    [ids],
  );
  return Promise.all(ids.map((sub) => jwt.signAsync({ sub, role: 'customer' }, { expiresIn: 900 })));
}
