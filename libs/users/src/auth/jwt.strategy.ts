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
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): AuthUser {
    return { id: claims.sub, role: claims.role, ...(claims.clubId ? { clubId: claims.clubId } : {}) };
  }
}
