import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CreateDownloadDto, LibraryQuery } from './library.dto';
import { LibraryService } from './library.service';

@ApiTags('library')
@Roles(Role.Customer)
@Controller('me/library')
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  @Get()
  list(@CurrentUser() caller: AuthUser, @Query() query: LibraryQuery) {
    return this.library.library(caller, query.q);
  }

  @Post('downloads')
  download(@CurrentUser() caller: AuthUser, @Body() dto: CreateDownloadDto) {
    return this.library.createDownload(caller, dto.contentType, dto.contentId);
  }
}
