import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '../config/app-config';
import { notFound } from '../errors/domain-error';
import { FailedMailList, MailStatusView } from './mail-admin.views';
import { MailFailures } from './mail-failures';
import { htmlWithInlineImages, OutboxStore } from './outbox/outbox.store';
import { PlatformAdminGuard } from './platform-admin.guard';

@ApiTags('admin')
@UseGuards(PlatformAdminGuard)
@Controller('admin')
export class MailAdminController {
  constructor(
    private readonly config: AppConfig,
    private readonly failures: MailFailures,
    private readonly outbox: OutboxStore,
  ) {}

  @ApiOperation({ summary: 'Mail delivery: smtp or the local outbox, and how many mails were given up (dashboard)' })
  @Get('mail')
  @ApiOkResponse({ type: MailStatusView })
  async mail(): Promise<MailStatusView> {
    return { delivery: this.config.SMTP_URL ? 'smtp' : 'outbox', ...(await this.failures.counts()) };
  }

  @ApiOperation({ summary: 'Mails given up after their last attempt (kept 14 days), newest first' })
  @Get('mail/failed')
  @ApiOkResponse({ type: FailedMailList })
  async failed(): Promise<FailedMailList> {
    return { items: await this.failures.failedJobs() };
  }

  @ApiOperation({ summary: 'Retry a failed mail: it goes back in the queue for a new round of attempts' })
  @HttpCode(204)
  @Post('mail/failed/:id/retry')
  async retry(@Param('id') id: string): Promise<void> {
    await this.failures.retry(id);
  }

  @ApiOperation({ summary: 'The local outbox (SMTP_URL unset, never in production), newest first' })
  @Get('outbox')
  async list() {
    return { enabled: !this.config.SMTP_URL, items: this.config.SMTP_URL ? [] : await this.outbox.list() };
  }

  @ApiOperation({ summary: 'One outbox mail: text, and HTML with its inline images as data: URLs' })
  @Get('outbox/:id')
  async get(@Param('id') id: string) {
    const entry = await this.outbox.get(id);
    if (!entry) throw notFound('Mail');
    const { to, subject, text } = entry.message;
    const attachments = (entry.message.attachments ?? []).map((a, index) => ({
      index,
      filename: a.filename,
      contentType: a.contentType,
      inline: Boolean(a.cid),
      size: Buffer.byteLength(a.contentBase64, 'base64'),
    }));
    return { id: entry.id, storedAt: entry.storedAt, to, subject, text, html: htmlWithInlineImages(entry.message), attachments };
  }

  @ApiOperation({ summary: 'One attachment of an outbox mail, as sent' })
  @Get('outbox/:id/attachments/:index')
  async attachment(@Param('id') id: string, @Param('index', ParseIntPipe) index: number, @Res() reply: FastifyReply) {
    const attachment = (await this.outbox.get(id))?.message.attachments?.[index];
    if (!attachment) throw notFound('Attachment');
    const filename = attachment.filename.replace(/[^\w.-]+/g, '_');
    return reply
      .type(attachment.contentType)
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(attachment.contentBase64, 'base64'));
  }
}
