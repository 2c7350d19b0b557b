import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MailMessage } from '../mail-message';

export interface OutboxEntry {
  id: string;
  jobId: string;
  storedAt: string;
  message: MailMessage;
}

export interface OutboxSummary {
  id: string;
  storedAt: string;
  to: string;
  subject: string;
  attachments: { index: number; filename: string; contentType: string; inline: boolean }[];
}

const ID = /^[0-9]{13}-[a-f0-9]{8}$/;

/**
 * The local outbox: one JSON file per mail under DATA_DIR/outbox, named so that they sort by time.
 * Written whole then renamed, so a reader never sees half a message.
 */
export class OutboxStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = resolve(dataDir, 'outbox');
  }

  async add(jobId: string, message: MailMessage): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const id = `${Date.now()}-${randomBytes(4).toString('hex')}`;
    const entry: OutboxEntry = { id, jobId, storedAt: new Date().toISOString(), message };
    const target = join(this.dir, `${id}.json`);
    await writeFile(`${target}.partial`, JSON.stringify(entry));
    await rename(`${target}.partial`, target);
    return id;
  }

  /** Newest first. */
  async list(limit = 100): Promise<OutboxSummary[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const ids = names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -5))
      .filter((id) => ID.test(id));
    const newest = ids.sort().reverse().slice(0, limit);
    const entries = await Promise.all(newest.map((id) => this.get(id)));
    return entries.filter((entry): entry is OutboxEntry => entry !== undefined).map(summary);
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    if (!ID.test(id)) return undefined;
    const text = await readFile(join(this.dir, `${id}.json`), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as OutboxEntry);
  }
}

function summary(entry: OutboxEntry): OutboxSummary {
  const { to, subject, attachments = [] } = entry.message;
  return {
    id: entry.id,
    storedAt: entry.storedAt,
    to,
    subject,
    attachments: attachments.map((a, index) => ({ index, filename: a.filename, contentType: a.contentType, inline: Boolean(a.cid) })),
  };
}

/** The message's HTML with its inline images (`cid:`) turned into data: URLs, so a browser shows it as the mail client would. */
export function htmlWithInlineImages(message: MailMessage): string {
  const html = message.html ?? `<pre>${escapeHtml(message.text)}</pre>`;
  const byCid = new Map((message.attachments ?? []).filter((a) => a.cid).map((a) => [a.cid as string, a]));
  return html.replace(/(["'])cid:([^"']+)\1/g, (whole, quote: string, cid: string) => {
    const attachment = byCid.get(cid);
    return attachment ? `${quote}data:${attachment.contentType};base64,${attachment.contentBase64}${quote}` : whole;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
