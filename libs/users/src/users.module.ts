import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, MailModule } from '@guichet/common';
import { AuthTokensService } from './auth/auth-tokens.service';
import { AuthController } from './auth/auth.controller';
import { ConsoleSessionController } from './auth/console-session.controller';
import { AuthService } from './auth/auth.service';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { LoginThrottle } from './auth/login-throttle.service';
import { PasswordHasher } from './auth/password-hasher';
import { RefreshToken } from './auth/refresh-token.entity';
import { RolesGuard } from './auth/roles.guard';
import { FirstAdminService } from './bootstrap/first-admin.service';
import { Club } from './clubs/club.entity';
import { ClubsController } from './clubs/clubs.controller';
import { ClubsService } from './clubs/clubs.service';
import { AdminCustomersController } from './customers/admin-customers.controller';
import { CustomersService } from './customers/customers.service';
import { ClubInvitation } from './invitations/club-invitation.entity';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationJoinService } from './invitations/invitation-join.service';
import { InvitationsService } from './invitations/invitations.service';
import { PasswordResetService } from './password-reset/password-reset.service';
import { MeController } from './users/me.controller';
import { User } from './users/user.entity';
import { UsersService } from './users/users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, Club, RefreshToken, ClubInvitation]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
    MailModule,
  ],
  controllers: [AuthController, ConsoleSessionController, MeController, ClubsController, InvitationsController, AdminCustomersController],
  providers: [
    UsersService,
    ClubsService,
    AuthService,
    AuthTokensService,
    PasswordHasher,
    LoginThrottle,
    LocalStrategy,
    JwtStrategy,
    InvitationsService,
    InvitationJoinService,
    CustomersService,
    FirstAdminService,
    PasswordResetService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [UsersService, ClubsService, CustomersService, FirstAdminService, AuthService, InvitationsService, InvitationJoinService, PasswordResetService],
})
export class UsersModule {}
