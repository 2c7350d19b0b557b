import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class LibraryQuery {
  @ApiPropertyOptional({ description: 'search as you type: titles, accents and case ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CreateDownloadDto {
  @ApiProperty({ enum: ['film', 'episode'] })
  @IsIn(['film', 'episode'])
  contentType: 'film' | 'episode';

  @ApiProperty()
  @IsUUID()
  contentId: string;
}
