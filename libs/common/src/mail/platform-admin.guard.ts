import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { forbidden } from '../errors/domain-error';

/**
 * Platform admins only. `libs/users` owns roles, but common cannot import it (users depends on common):
 * this reads the role the global JWT guard put on the request, which runs before any route guard.
 */
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user?: { role?: string } }>().user;
    if (user?.role !== 'admin') throw forbidden('This needs the role: admin.');
    return true;
  }
}
