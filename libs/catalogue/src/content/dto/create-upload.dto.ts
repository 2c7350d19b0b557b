import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_MEDIA_BYTES } from '../media/media-limits';

export class CreateUploadDto {
  @ApiProperty({ example: 1_500_000_000, description: 'the whole file, in bytes' })
  @IsInt()
  @Min(1)
  @Max(MAX_MEDIA_BYTES)
  size: number;

  @ApiProperty({ example: 'les-miserables-2012.mp4', description: 'a plain name: no path, no ".."' })
  @IsString()
  @MaxLength(255)
  fileName: string;

  @ApiPropertyOptional({ example: 'video/mp4', default: 'application/octet-stream' })
  @IsOptional()
  @IsString()
  @Matches(/^(video\/[a-z0-9.+-]{1,60}|application\/octet-stream)$/, {
    message: 'contentType must be a video/* type or application/octet-stream',
  })
  contentType?: string;
}
