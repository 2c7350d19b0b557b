import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { toPublicUser } from './public-user';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async me(@CurrentUser() caller: AuthUser) {
    return toPublicUser(await this.users.get(caller.id));
  }
}
