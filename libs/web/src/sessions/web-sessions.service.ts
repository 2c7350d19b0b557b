import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { User, UsersService } from '@guichet/users';
import { DataSource } from 'typeorm';

/** A web session lasts this long without a new login. */
export const SESSION_DAYS = 30;

export interface WebSession {
  id: string;
  user: User;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest();

/**
 * Cookie sessions of the web pages: an opaque random token in the cookie, its sha256 here. A session ends
 * on logout, on expiry, and as soon as the user's password changed after it was opened.
 */
@Injectable()
export class WebSessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  /** Returns the token to put in the cookie (never stored as such). */
  async open(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(`INSERT INTO web_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`, [
      hashOf(token),
      userId,
      SESSION_DAYS,
    ]);
    return token;
  }

  async resolve(token: string | undefined): Promise<WebSession | undefined> {
    if (!token || token.length > 100) return undefined;
    const [row]: { id: string; user_id: string; created_at: Date }[] = await this.db.query(
      `SELECT id, user_id, created_at FROM web_session WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [hashOf(token)],
    );
    if (!row) return undefined;
    const user = await this.users.get(row.user_id).catch(() => undefined);
    if (!user) return undefined;
    // A password change (reset, admin reset) ends every session opened before it.
    if (user.passwordChangedAt && user.passwordChangedAt.getTime() > row.created_at.getTime()) {
      await this.revoke(row.id);
      return undefined;
    }
    return { id: row.id, user };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE web_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }
}
