import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseSecretToken, secretMatches } from '../auth/secret-token';
import { Club } from '../clubs/club.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { ClubInvitation } from './club-invitation.entity';
import { usersError } from '../users.errors';

const invalidInvitation = () => usersError('invalid-invitation', 'This invitation does not exist, expired or was used.');

/** Staff of another club, or a platform admin, cannot become organizer of this one through an invitation. */
const cannotJoin = () => usersError('invitation-account-not-eligible', 'Only a customer account (or an organizer of this club) can accept this invitation.');

/** A forwarded link does not make its reader an organizer: the account must be the invited address's. */
const otherEmail = () =>
  usersError('invitation-other-email', 'Join with the account of the invited e-mail address, or create an account with this invitation.');

/**
 * An invitee who already has an account joins the club with it instead of registering a second one: the
 * invitation is consumed (once, by a conditional update) and the customer account becomes organizer of the club.
 */
@Injectable()
export class InvitationJoinService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async joinWithAccount(token: string, userId: string): Promise<{ user: User; club: Club }> {
    const parsed = parseSecretToken(token);
    if (!parsed) throw invalidInvitation();
    return this.db.transaction(async (manager) => {
      const invitation = await manager.findOneBy(ClubInvitation, { id: parsed.id });
      if (!invitation || !secretMatches(parsed.secret, invitation.secretHash)) throw invalidInvitation();
      const user = await manager.findOneByOrFail(User, { id: userId });
      const alreadyStaff = user.role === Role.Organizer && user.clubId === invitation.clubId;
      if (user.role !== Role.Customer && !alreadyStaff) throw cannotJoin();
      if (user.email?.toLowerCase() !== invitation.email.toLowerCase()) throw otherEmail();
      const consumed = await manager
        .createQueryBuilder()
        .update(ClubInvitation)
        .set({ acceptedAt: () => 'now()', acceptedUserId: user.id })
        .where('id = :id AND accepted_at IS NULL AND expires_at > now()', { id: invitation.id })
        .execute();
      if (consumed.affected !== 1) throw invalidInvitation();
      await manager.update(User, { id: user.id }, { role: Role.Organizer, clubId: invitation.clubId });
      const club = await manager.findOneByOrFail(Club, { id: invitation.clubId });
      return { user: { ...user, role: Role.Organizer, clubId: invitation.clubId }, club };
    });
  }
}
