import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { MAX_CODE_LENGTH } from '../../scans/dto/scan.dto';
import { SCAN_STATUSES, ScanStatus } from '../../scans/scan-status';

/** The gate uploads its queue in batches of 200 (gate/src/offline/scan-uploader.ts). */
export const MAX_OFFLINE_BATCH = 200;

export class OfflineScanDto {
  @ApiProperty({ description: 'Chosen by the gate (a random UUID); the server applies each nonce of a gate once' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'nonce must be 1-64 characters of [A-Za-z0-9_-]' })
  nonce: string;

  @ApiProperty()
  @IsString()
  @Length(1, MAX_CODE_LENGTH)
  code: string;

  @ApiProperty({ description: 'When the gate decided, by its clock' })
  @IsISO8601({ strict: true })
  scannedAt: string;

  @ApiProperty({ enum: SCAN_STATUSES, description: 'What the gate decided offline; only ok let someone in' })
  @IsIn(SCAN_STATUSES)
  result: ScanStatus;
}

export class OfflineScansDto {
  @ApiProperty({ type: [OfflineScanDto], maxItems: MAX_OFFLINE_BATCH })
  @IsArray()
  @ArrayMaxSize(MAX_OFFLINE_BATCH)
  @ValidateNested({ each: true })
  @Type(() => OfflineScanDto)
  scans: OfflineScanDto[];
}
