import type { User } from './user.entity';
import type { Role } from './role';

/** What the API shows of a user: never the hash, never contact details of others. */
export interface PublicUser {
  id: string;
  email: string | null;
  username: string;
  displayName: string;
  role: Role;
  clubId?: string;
}

export function toPublicUser(user: User): PublicUser {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    ...(user.clubId ? { clubId: user.clubId } : {}),
  };
}
