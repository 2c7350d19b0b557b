import type { Role } from '../users/role';

/** Who is calling, as proven by the access token. */
export interface AuthUser {
  id: string;
  role: Role;
  clubId?: string;
  /** When the access token stops being valid (ms since the epoch), for what outlives the request: a live stream. */
  tokenExpiresAt?: number;
}
