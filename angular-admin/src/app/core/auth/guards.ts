import { inject } from '@angular/core';
import { CanMatchFn, Router } from '@angular/router';
import { Role } from '../api/models';
import { SessionService } from './session.service';

/**
 * Logged in (restoring the session from the cookie after a reload), or off to the login page and back there after.
 * A canMatch guard: it runs before the child routes' redirects, which depend on who is logged in.
 */
export const authGuard: CanMatchFn = async (_route, segments) => {
  const session = inject(SessionService);
  const router = inject(Router);
  if (await session.restore()) return true;
  const returnUrl = '/' + segments.map((segment) => segment.path).join('/');
  return router.createUrlTree(['/login'], { queryParams: returnUrl === '/' ? {} : { returnUrl } });
};

/** Lazy areas load only for the roles that use them. */
export const roleGuard =
  (...roles: Role[]): CanMatchFn =>
  async () => {
    const session = inject(SessionService);
    const router = inject(Router);
    await session.restore();
    const role = session.user()?.role;
    if (role === undefined) return router.createUrlTree(['/login']);
    // Logged in with another role: this area is not theirs, their own home page is.
    return roles.includes(role) ? true : false;
  };

/** The first page after login depends on who you are. */
export const homeFor = (role: Role | undefined): string => (role === 'admin' ? '/dashboard' : '/matches');
