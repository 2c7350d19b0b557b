import { ApiProperty } from '@nestjs/swagger';

export class MailStatusView {
  @ApiProperty({ enum: ['smtp', 'outbox'], description: 'outbox: no SMTP_URL, mails are kept locally' }) delivery: 'smtp' | 'outbox';
  @ApiProperty({ description: 'in the failed set now (kept 14 days)' }) failed: number;
  @ApiProperty({ description: 'every mail ever given up' }) failedTotal: number;
}

export class FailedMailView {
  @ApiProperty({ description: 'the mail job id, for the retry' }) id: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt: string | null;
}

export class FailedMailList {
  @ApiProperty({ type: [FailedMailView], description: 'newest first, at most 100' }) items: FailedMailView[];
}
