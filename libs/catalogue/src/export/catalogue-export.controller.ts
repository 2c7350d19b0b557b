import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@guichet/users';
import { CatalogueExportService } from '../content/export/catalogue-export.service';
import { MatchesService } from '../matches/matches.service';

@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueExportController {
  constructor(
    private readonly content: CatalogueExportService,
    private readonly matches: MatchesService,
  ) {}

  /**
   * Every film and series (with seasons and episodes) on sale and every upcoming match, as one JSON
   * document (the seed's hand-off file for the bot). `version` counts content changes.
   */
  @Roles(Role.Admin)
  @Get('export')
  async export() {
    const [content, matches] = await Promise.all([this.content.exportContent(), this.matches.upcoming()]);
    return { ...content, matches };
  }
}
