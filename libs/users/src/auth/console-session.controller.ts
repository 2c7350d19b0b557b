import { Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { AppConfig, Public } from '@guichet/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { JwtService } from '@nestjs/jwt';
import { toPublicUser } from '../users/public-user';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthTokensService } from './auth-tokens.service';
import { AuthUser } from './auth-user';
import { AccessTokenClaims } from './jwt.strategy';
import { ConsoleSessionCookies } from './console-session-cookies';
import { CurrentUser } from './decorators';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { usersError } from '../users.errors';

class ConsoleUserView {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ required: false }) clubId?: string;
}

/** What the console keeps in memory; the refresh token travels only in the HttpOnly cookie. */
export class ConsoleSessionView {
  @ApiProperty({ type: ConsoleUserView }) user: ConsoleUserView;
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'seconds until the access token expires' }) expiresIn: number;
}

const consoleIsForStaff = () => usersError('console-staff-only', 'The console is for staff. Customers use the website or the Telegram bot.');

/**
 * The console's browser session (docs/orders-and-sessions.md): the access token is answered in the body and
 * kept in memory by the page; the refresh token lives in an HttpOnly, SameSite=Strict cookie scoped to these
 * routes, so a script can never read it. Refresh and logout, which the cookie authenticates, need the CSRF token.
 */
@ApiTags('auth')
@Controller('auth/session')
export class ConsoleSessionController {
  private readonly cookies: ConsoleSessionCookies;

  constructor(
    private readonly tokens: AuthTokensService,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {
    this.cookies = new ConsoleSessionCookies(config);
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: ConsoleSessionView })
  @HttpCode(200)
  @Post()
  async login(@Req() request: FastifyRequest & { user: User }, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsoleSessionView> {
    this.cookies.assertSameSite(request, false);
    if (request.user.role === Role.Customer) throw consoleIsForStaff();
    const pair = await this.tokens.issue(request.user);
    this.cookies.setRefresh(reply, pair.refreshToken);
    this.cookies.ensureCsrfCookie(request, reply);
    return { user: toPublicUser(request.user), accessToken: pair.accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
  }

  @Public()
  @ApiOkResponse({ type: ConsoleSessionView })
  @HttpCode(200)
  @Post('refresh')
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsoleSessionView> {
    this.cookies.assertSameSite(request, true);
    const token = this.cookies.refreshToken(request);
    if (!token) throw usersError('no-session', 'Log in to continue.');
    try {
      const pair = await this.tokens.rotate(token);
      // The page reloaded: it knows nobody yet, so the answer names the user as login does.
      const user = await this.users.get(this.jwt.decode<AccessTokenClaims>(pair.accessToken).sub);
      if (user.role === Role.Customer) throw consoleIsForStaff();
      this.cookies.setRefresh(reply, pair.refreshToken);
      return { user: toPublicUser(user), accessToken: pair.accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
    } catch (error) {
      this.cookies.clearRefresh(reply);
      throw error;
    }
  }

  @HttpCode(204)
  @Post('logout')
  async logout(@CurrentUser() caller: AuthUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    this.cookies.assertSameSite(request, true);
    const token = this.cookies.refreshToken(request);
    this.cookies.clearRefresh(reply);
    // Without the cookie there is no session of this browser to end (revoke() would end them all).
    if (token) await this.tokens.revoke(caller.id, token);
  }
}
