import { applyDecorators, CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiBearerAuth, ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { IS_PUBLIC } from '@guichet/common';
import { AuthUser } from '@guichet/users';
import { gateKeyRefused, gateKeyRequired, otherGate, staffTokenRefused } from '../access.errors';
import { GateAuthService, GateIdentity } from './gate-auth.service';

export const GATE_KEY_HEADER = 'x-gate-key';

interface AccessRequest {
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string | undefined>;
  gate?: GateIdentity;
  user?: AuthUser;
}

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<AccessRequest>();

/** The same bearer check as the global guard (passport `jwt`), run only when the caller is not a gate. */
@Injectable()
export class StaffTokenGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error || !user) {
      throw staffTokenRefused();
    }
    return user;
  }
}

/** Gate device routes: `X-Gate-Key` of an active gate, and of the gate named in the path (`:id`) if any. */
@Injectable()
export class GateKeyGuard implements CanActivate {
  constructor(private readonly gates: GateAuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const key = request.headers[GATE_KEY_HEADER];
    if (!key) throw gateKeyRequired();
    const gate = await this.gates.byKey(key);
    if (!gate) throw gateKeyRefused();
    const pathGate = request.params?.id;
    if (pathGate !== undefined && pathGate.toLowerCase() !== gate.id) throw otherGate();
    request.gate = gate;
    return true;
  }
}

/** The scan: a gate (`X-Gate-Key`) or a staff member (bearer token); neither → 401. */
@Injectable()
export class GateOrStaffGuard implements CanActivate {
  constructor(
    private readonly gates: GateAuthService,
    private readonly staff: StaffTokenGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const key = request.headers[GATE_KEY_HEADER];
    if (key) {
      const gate = await this.gates.byKey(key);
      if (!gate) throw gateKeyRefused();
      request.gate = gate;
      return true;
    }
    if (!request.headers.authorization) throw gateKeyRequired();
    return (await this.staff.canActivate(context)) as boolean;
  }
}

/**
 * Routes authenticated by a gate key rather than (or as well as) a user token. The global JWT guard
 * steps aside (IS_PUBLIC) and the guard below authenticates instead; the OpenAPI document does NOT mark
 * them public: without a credential they answer 401 like every other protected route.
 */
export const GateAuth = () =>
  applyDecorators(
    SetMetadata(IS_PUBLIC, true),
    UseGuards(GateKeyGuard),
    ApiHeader({ name: 'X-Gate-Key', required: true, description: 'The device key shown when the gate was created' }),
    ApiUnauthorizedResponse({ description: 'Missing, unknown or revoked gate key' }),
  );

export const GateOrStaffAuth = () =>
  applyDecorators(
    SetMetadata(IS_PUBLIC, true),
    UseGuards(GateOrStaffGuard),
    ApiBearerAuth('bearer'),
    ApiHeader({ name: 'X-Gate-Key', required: false, description: 'A gate device sends its key instead of a bearer token' }),
    ApiUnauthorizedResponse({ description: 'Neither a valid gate key nor a valid access token' }),
  );

/** The gate authenticated by GateAuth/GateOrStaffAuth, if the caller is a gate. */
export const CurrentGate = createParamDecorator((_data: unknown, context: ExecutionContext) => requestOf(context).gate);

/** The staff member authenticated by GateOrStaffAuth, if the caller is not a gate. */
export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requestOf(context).gate ? undefined : requestOf(context).user,
);
