import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@guichet/common';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Role } from '../users/role';
import { AuthUser } from './auth-user';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  clubId?: string;
  exp?: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a PEM public key on
      // every request and throws, which was a fifth of the API's CPU under an on-sale rush (docs/benchmarks.md).
      // @types/passport-jwt lists only string | Buffer; passport-jwt hands the value to jsonwebtoken untouched.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): AuthUser {
    return {
      id: claims.sub,
      role: claims.role,
      ...(claims.clubId ? { clubId: claims.clubId } : {}),
      ...(claims.exp ? { tokenExpiresAt: claims.exp * 1000 } : {}),
    };
  }
}
