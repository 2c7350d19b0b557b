import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsOptional, IsString, Length } from 'class-validator';
import { Trim } from '@guichet/common';

export class CreateCompetitionDto {
  @ApiProperty({ example: 'Division 3 ACFF' })
  @Trim()
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiPropertyOptional({ example: 'BE' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;
}

export class UpdateCompetitionDto extends PartialType(CreateCompetitionDto) {}

export class CompetitionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Division 3 ACFF' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'BE' }) country: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}
