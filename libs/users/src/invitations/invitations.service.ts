import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, forbidden, MailService } from '@guichet/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { AuthTokensService } from '../auth/auth-tokens.service';
import { newSecretToken, parseSecretToken, secretMatches } from '../auth/secret-token';
import { Club } from '../clubs/club.entity';
import { ClubsService } from '../clubs/clubs.service';
import { toPublicUser } from '../users/public-user';
import { Role } from '../users/role';
import { UsersService } from '../users/users.service';
import { ClubInvitation } from './club-invitation.entity';
import { AcceptInvitationDto } from './invitation.dto';
import { usersError } from '../users.errors';

const INVITATION_DAYS = 7;

const invalidInvitation = () => usersError('invalid-invitation', 'This invitation does not exist, expired or was used.');

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clubs: ClubsService,
    private readonly users: UsersService,
    private readonly tokens: AuthTokensService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** An organizer invites someone to their own club; the link goes by mail, the secret is stored hashed. */
  async invite(caller: AuthUser, clubId: string, email: string) {
    if (caller.role !== Role.Admin && caller.clubId !== clubId) throw forbidden('You can only invite to your own club.');
    const club = await this.clubs.get(clubId);
    const secret = newSecretToken();
    const invitation = await this.db.manager.save(
      this.db.manager.create(ClubInvitation, {
        id: secret.id,
        clubId,
        email: email.toLowerCase(),
        secretHash: secret.hash,
        invitedById: caller.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
      }),
    );
    const link = `${this.config.PUBLIC_URL}/invitations/accept?token=${encodeURIComponent(secret.token)}`;
    await this.mail.send(`invitation-${invitation.id}`, {
      to: invitation.email,
      subject: `Invitation to join ${club.name} on Guichet`,
      text: [
        `You are invited to help run ${club.name} on Guichet.`,
        `Accept within ${INVITATION_DAYS} days: ${link}`,
        `Or send this token to POST /api/v1/invitations/accept: ${secret.token}`,
      ].join('\n\n'),
    });
    return { id: invitation.id, clubId, email: invitation.email, expiresAt: invitation.expiresAt };
  }

  /** Creates the organizer account; the invitation is consumed by a conditional update, so only once. */
  async accept(dto: AcceptInvitationDto) {
    const parsed = parseSecretToken(dto.token);
    if (!parsed) throw invalidInvitation();
    return this.db.transaction(async (manager) => {
      const invitation = await manager.findOneBy(ClubInvitation, { id: parsed.id });
      if (!invitation || !secretMatches(parsed.secret, invitation.secretHash)) throw invalidInvitation();
      const consumed = await manager
        .createQueryBuilder()
        .update(ClubInvitation)
        .set({ acceptedAt: () => 'now()' })
        .where('id = :id AND accepted_at IS NULL AND expires_at > now()', { id: invitation.id })
        .execute();
      if (consumed.affected !== 1) throw invalidInvitation();
      const user = await this.users.create(
        {
          email: invitation.email,
          username: dto.username,
          displayName: dto.displayName ?? dto.username,
          password: dto.password,
          role: Role.Organizer,
          clubId: invitation.clubId,
        },
        manager,
      );
      await manager.update(ClubInvitation, { id: invitation.id }, { acceptedUserId: user.id });
      const club = await manager.findOneByOrFail(Club, { id: invitation.clubId });
      return { user: toPublicUser(user), club, ...(await this.tokens.issue(user, undefined, manager)) };
    });
  }
}
