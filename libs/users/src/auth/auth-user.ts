import type { Role } from '../users/role';

/** Who is calling, as proven by the access token. */
export interface AuthUser {
  id: string;
  role: Role;
  clubId?: string;
}
