import { ApiProperty } from '@nestjs/swagger';

export class ClubView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Royale Union Saint-Gilloise' }) name: string;
  @ApiProperty({ example: 'BE' }) country: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

export class ClubPage {
  @ApiProperty({ type: [ClubView] }) items: ClubView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
