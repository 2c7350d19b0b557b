import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Club } from '../clubs/club.entity';
import { ClubsService } from '../clubs/clubs.service';
import { PublicUser, toPublicUser } from '../users/public-user';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthTokensService, TokenPair } from './auth-tokens.service';
import { RegisterOrganizerDto } from './dto/register-organizer.dto';
import { RegisterDto } from './dto/register.dto';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { usersError } from '../users.errors';

export type Session = { user: PublicUser } & TokenPair;

const badCredentials = () => usersError('invalid-credentials', 'Check your login and password.');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly clubs: ClubsService,
    private readonly tokens: AuthTokensService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
  ) {}

  async register(dto: RegisterDto): Promise<Session> {
    const user = await this.users.create({
      email: dto.email,
      username: dto.username,
      displayName: dto.displayName ?? dto.username,
      password: dto.password,
      role: Role.Customer,
    });
    return this.sessionFor(user);
  }

  /** Creates a NEW club and its first organizer together; an existing club name is refused (409). */
  async registerOrganizer(dto: RegisterOrganizerDto): Promise<Session & { club: Club }> {
    return this.db.transaction(async (manager) => {
      const club = await this.clubs.create(dto.club.name, dto.club.country, manager);
      const user = await this.users.create(
        {
          email: dto.email,
          username: dto.username,
          displayName: dto.displayName ?? dto.username,
          password: dto.password,
          role: Role.Organizer,
          clubId: club.id,
        },
        manager,
      );
      const tokens = await this.tokens.issue(user, undefined, manager);
      return { user: toPublicUser(user), club, ...tokens };
    });
  }

  /** Used by the local strategy: throttled before hashing, one answer for every kind of failure. */
  async verifyCredentials(login: string, password: string, ip: string): Promise<User> {
    // The account is resolved first, so its username and email share one allowance.
    const user = await this.users.findForLogin(login);
    const attempt = await this.throttle.begin(user?.id ?? login, ip);
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) {
      await attempt.failed();
      throw badCredentials();
    }
    await attempt.succeeded();
    return user;
  }

  async sessionFor(user: User): Promise<Session> {
    return { user: toPublicUser(user), ...(await this.tokens.issue(user)) };
  }

  refresh(refreshToken: string): Promise<TokenPair> {
    return this.tokens.rotate(refreshToken);
  }

  logout(userId: string, refreshToken?: string): Promise<void> {
    return this.tokens.revoke(userId, refreshToken);
  }
}
