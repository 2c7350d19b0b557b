import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@guichet/users';
import { CatalogueExportService } from './catalogue-export.service';

@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueExportController {
  constructor(private readonly exporter: CatalogueExportService) {}

  /** Every film and series (with seasons and episodes) on sale, as one JSON document. */
  @Roles(Role.Admin)
  @Get('export')
  export() {
    return this.exporter.exportContent();
  }
}
