import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery, Trim } from '@guichet/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CustomerListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'part of the username, display name or email; accents and case are ignored' })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CustomerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Telegram user id' }) telegramUserId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

export class CustomerPage {
  @ApiProperty({ type: [CustomerView] }) items: CustomerView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
