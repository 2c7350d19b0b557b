import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import { Role } from '../api/models';
import { SessionService } from './session.service';

/** Logged in (restoring the session from the cookie after a reload), or off to the login page and back. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  if (await session.restore()) return true;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Lazy areas load only for the roles that use them. */
export const roleGuard =
  (...roles: Role[]): CanMatchFn =>
  async () => {
    const session = inject(SessionService);
    const router = inject(Router);
    await session.restore();
    const role = session.user()?.role;
    return role !== undefined && roles.includes(role) ? true : router.createUrlTree(['/']);
  };

/** The first page after login depends on who you are. */
export const homeFor = (role: Role | undefined): string => (role === 'admin' ? '/dashboard' : '/matches');
