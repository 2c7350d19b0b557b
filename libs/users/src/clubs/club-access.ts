import { forbidden } from '@guichet/common';
import type { AuthUser } from '../auth/auth-user';
import { Role } from '../users/role';

/** Organizers act on their own club only; platform admins on every club. */
export function assertManagesClub(caller: AuthUser, clubId: string): void {
  if (caller.role === Role.Admin) return;
  if (caller.role !== Role.Organizer || caller.clubId !== clubId) {
    throw forbidden('Only the organizers of this club can do this.');
  }
}
