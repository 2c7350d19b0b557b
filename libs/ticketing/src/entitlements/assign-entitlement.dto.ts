import { ApiProperty } from '@nestjs/swagger';
import { ContentType } from '@guichet/catalogue';
import { IsEnum, IsUUID } from 'class-validator';

export class AssignEntitlementDto {
  @ApiProperty({ enum: ContentType })
  @IsEnum(ContentType)
  contentType: ContentType;

  @ApiProperty()
  @IsUUID()
  contentId: string;
}
