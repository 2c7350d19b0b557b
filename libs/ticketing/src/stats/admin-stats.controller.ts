import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@guichet/users';
import { AdminStatsQuery } from './admin-stats.dto';
import { AdminStatsService } from './admin-stats.service';

@ApiTags('admin')
@Roles(Role.Admin)
@Controller('admin/stats')
export class AdminStatsController {
  constructor(private readonly stats: AdminStatsService) {}

  @Get()
  get(@Query() query: AdminStatsQuery) {
    return this.stats.stats(query);
  }
}
