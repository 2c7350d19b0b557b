import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '@guichet/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { User } from '../users/user.entity';
import { AccessTokenClaims } from './jwt.strategy';
import { RefreshToken } from './refresh-token.entity';
import { newSecretToken, parseSecretToken, secretMatches } from './secret-token';
import { usersError } from '../users.errors';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

const invalidRefresh = () => usersError('invalid-refresh-token', 'Log in again to continue.');

/** Short-lived JWT access tokens and rotating, revocable refresh tokens stored hashed. */
@Injectable()
export class AuthTokensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(user: User, familyId: string = randomUUID(), manager: EntityManager = this.db.manager): Promise<TokenPair> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, ...(user.clubId ? { clubId: user.clubId } : {}) };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
    const refresh = newSecretToken();
    await manager.insert(RefreshToken, {
      id: refresh.id,
      userId: user.id,
      familyId,
      secretHash: refresh.hash,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    return { accessToken, refreshToken: refresh.token };
  }

  /**
   * Exchanges a refresh token for a new pair. The old one is revoked by a conditional update, so of two
   * concurrent uses only one succeeds; presenting an already-rotated token revokes the whole family (theft).
   */
  async rotate(token: string): Promise<TokenPair> {
    const parsed = parseSecretToken(token);
    if (!parsed) throw invalidRefresh();
    const outcome = await this.db.transaction(async (manager) => {
      const stored = await manager.findOneBy(RefreshToken, { id: parsed.id });
      if (!stored || !secretMatches(parsed.secret, stored.secretHash)) return { refused: true as const };
      const revoked = await manager
        .createQueryBuilder()
        .update(RefreshToken)
        .set({ revokedAt: () => 'now()' })
        .where('id = :id AND revoked_at IS NULL AND expires_at > now()', { id: stored.id })
        .execute();
      if (revoked.affected !== 1) return { refused: true as const, reusedFamily: stored.revokedAt ? stored.familyId : undefined };
      const user = await manager.findOneByOrFail(User, { id: stored.userId });
      return { refused: false as const, pair: await this.issue(user, stored.familyId, manager) };
    });
    if (!outcome.refused) return outcome.pair;
    // After the transaction, on its own connection: holding one while asking the pool for another can starve it.
    if (outcome.reusedFamily) await this.revokeFamily(outcome.reusedFamily);
    throw invalidRefresh();
  }

  /** Ends one session (the family of `token`), or every session of the user when no token is given. */
  async revoke(userId: string, token?: string): Promise<void> {
    if (!token) {
      await this.db.manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      return;
    }
    const parsed = parseSecretToken(token);
    const stored = parsed ? await this.db.manager.findOneBy(RefreshToken, { id: parsed.id, userId }) : null;
    if (!parsed || !stored || !secretMatches(parsed.secret, stored.secretHash)) throw invalidRefresh();
    await this.revokeFamily(stored.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.db.manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
