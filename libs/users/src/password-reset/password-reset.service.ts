import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, MailService } from '@guichet/common';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { newSecretToken, parseSecretToken, secretMatches } from '../auth/secret-token';
import { User } from '../users/user.entity';
import { RESET_LINK_MINUTES, resetMail } from './reset-mail';

/** More requests than this for one account within the hour are ignored (nobody needs six mails). */
const MAX_REQUESTS_PER_HOUR = 5;

interface ResetRow {
  id: string;
  user_id: string;
  secret_hash: Buffer;
}

/**
 * "Mot de passe oublié": a single-use link by mail; using it sets the new password, stamps
 * `password_changed_at` (every web session opened before ends) and revokes the API refresh tokens.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Same outcome whether or not the address is known, so the form cannot tell who has an account. */
  async request(email: string, language: 'fr' | 'en'): Promise<void> {
    const user = await this.db.manager.createQueryBuilder(User, 'user').where('lower(user.email) = lower(:email)', { email: email.trim() }).getOne();
    if (!user?.email) return;
    const [{ recent }] = await this.db.query<{ recent: number }[]>(
      `SELECT count(*)::int AS recent FROM password_reset WHERE user_id = $1 AND created_at > now() - interval '1 hour'`,
      [user.id],
    );
    if (recent >= MAX_REQUESTS_PER_HOUR) return;
    const token = newSecretToken();
    await this.db.query(`INSERT INTO password_reset (id, user_id, secret_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))`, [
      token.id,
      user.id,
      token.hash,
      RESET_LINK_MINUTES,
    ]);
    const link = `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/password/reset/${token.token}`;
    await this.mail.send(`password-reset-${token.id}`, resetMail(user.email, user.displayName, link, language));
  }

  /** True while the link can still be used (shown before asking for the new password). */
  async isUsable(token: string): Promise<boolean> {
    return (await this.find(token)) !== undefined;
  }

  /** Sets the new password; false when the link is unknown, expired or already used. Returns the user's id. */
  async reset(token: string, password: string): Promise<string | undefined> {
    const row = await this.find(token);
    if (!row) return undefined;
    const hash = await this.hasher.hash(password);
    return this.db.transaction(async (manager) => {
      // The conditional update makes the link single-use even when two submissions race.
      const [claimed] = await manager.query<[unknown[], number]>(
        `UPDATE password_reset SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
        [row.id],
      );
      if (claimed.length === 0) return undefined;
      await manager.query(`UPDATE app_user SET password_hash = $2, password_changed_at = clock_timestamp(), updated_at = now() WHERE id = $1`, [
        row.user_id,
        hash,
      ]);
      await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [row.user_id]);
      // The other links sent to this account are spent too: one reset ends the episode.
      await manager.query(`UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.user_id]);
      return row.user_id;
    });
  }

  private async find(token: string): Promise<ResetRow | undefined> {
    const parsed = parseSecretToken(token);
    if (!parsed) return undefined;
    const [row]: ResetRow[] = await this.db.query(
      `SELECT id, user_id, secret_hash FROM password_reset WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
      [parsed.id],
    );
    return row && secretMatches(parsed.secret, row.secret_hash) ? row : undefined;
  }
}
