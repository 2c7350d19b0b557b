import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseMultipart } from './multipart';

type Id = number | string;
type Keyboard = { inline_keyboard?: { text: string; callback_data?: string; url?: string }[][]; force_reply?: boolean };

/** Something the bot did to a chat: a message or photo sent, or a message edited. */
export interface SentMessage {
  method: string;
  chat_id: Id;
  message_id: number;
  text: string;
  reply_markup?: Keyboard;
  /** The uploaded bytes of a photo (or the file id / URL it was sent by). */
  photo?: Buffer | string;
  at: number;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert?: boolean;
}

interface User {
  id: number;
  is_bot: false;
  first_name: string;
  username?: string;
  language_code?: string;
}

interface Person {
  from?: Partial<User> & { id: number };
}

const ok = (res: ServerResponse, result: unknown): void =>
  void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
/** A message's text as the fake stores it: the first field present (text, else caption), else empty. */
const textField = (...fields: unknown[]): string => {
  const present = fields.find((field) => field !== undefined && field !== null);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- strings, or numbers parsed from a multipart field
  return present === undefined ? '' : String(present);
};
const fail = (res: ServerResponse, code: number, description: string, parameters?: Record<string, unknown>): void =>
  void res
    .writeHead(code, { 'content-type': 'application/json' })
    .end(JSON.stringify({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) }));

/**
 * The Telegram Bot API on loopback (`TELEGRAM_API_ROOT`): answers `{ok, result}` like the real one, hands
 * queued updates to long polling (or posts them to a webhook with the secret token), serves uploaded files
 * (getFile + /file/bot<token>/<path>), records what the bot sends and edits, and answers 429 / 403 on demand.
 */
export class FakeTelegram {
  readonly sent: SentMessage[] = [];
  readonly edits: SentMessage[] = [];
  readonly callbackAnswers: CallbackAnswer[] = [];
  readonly calls: { method: string; at: number }[] = [];
  /** Sends answered with an error (403 blocked, 429 too many requests). */
  readonly refused: { chat_id: string; code: number; at: number }[] = [];
  url = '';
  webhook: { url: string; secret_token?: string } | undefined;
  /** Where https webhook URLs are really delivered (the TLS proxy in front of the bot, in production). */
  webhookProxy: string | undefined;
  private readonly updates: Record<string, unknown>[] = [];
  private readonly files = new Map<string, Buffer>();
  private readonly messages = new Map<string, SentMessage>();
  private readonly blocked = new Set<string>();
  private readonly tooManyRequests: { chatId?: string; retryAfter: number }[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A user types `text` (private chat unless `chatId` is a group and `from` says who). */
  userSays(chatId: number, text: string, options: Person & { replyTo?: number; languageCode?: string } = {}): number {
    const command = /^\/\w+/.exec(text)?.[0];
    const messageId = this.nextMessageId++;
    this.push({
      message: {
        ...this.messageBase(chatId, messageId, options),
        text,
        ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
        ...(options.replyTo ? { reply_to_message: { message_id: options.replyTo, date: 0, chat: this.chat(chatId), text: '' } } : {}),
      },
    });
    return messageId;
  }

  /** A user sends a photo; the bytes are served back through getFile as Telegram does. */
  userSendsPhoto(chatId: number, bytes: Buffer, options: Person = {}): void {
    const fileId = `photo-${randomBytes(6).toString('hex')}`;
    this.files.set(fileId, bytes);
    this.push({
      message: {
        ...this.messageBase(chatId, this.nextMessageId++, options),
        photo: [
          { file_id: `${fileId}-thumb`, file_unique_id: `${fileId}-t`, width: 90, height: 160, file_size: 1000 },
          { file_id: fileId, file_unique_id: fileId, width: 720, height: 1280, file_size: bytes.length },
        ],
      },
    });
  }

  /** A user presses an inline button of a message the bot sent. */
  userPresses(chatId: number, data: string, options: Person & { messageId?: number } = {}): string {
    const id = randomBytes(6).toString('hex');
    const message = options.messageId ? this.messages.get(`${chatId}/${options.messageId}`) : undefined;
    this.push({
      callback_query: {
        id,
        from: this.user(chatId, options),
        chat_instance: String(chatId),
        data,
        message: {
          message_id: options.messageId ?? this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: this.chat(chatId),
          ...(message?.photo ? { photo: [{ file_id: 'x', file_unique_id: 'x', width: 1, height: 1 }], caption: message.text } : { text: message?.text ?? '' }),
        },
      },
    });
    return id;
  }

  /** The next send to `chatId` (or any chat) answers 429 with `retry_after`. */
  tooManyRequestsOnce(retryAfter: number, chatId?: Id): void {
    this.tooManyRequests.push({ chatId: chatId === undefined ? undefined : String(chatId), retryAfter });
  }

  /** This user blocked the bot: every send to them answers 403 from now on. */
  block(chatId: Id): void {
    this.blocked.add(String(chatId));
  }

  /** The current state of a message the bot sent (after any edits). */
  message(chatId: Id, messageId: number): SentMessage | undefined {
    return this.messages.get(`${chatId}/${messageId}`);
  }

  to(chatId: Id): SentMessage[] {
    return this.sent.filter((message) => String(message.chat_id) === String(chatId));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private push(update: Record<string, unknown>): void {
    const full = { update_id: this.nextUpdateId++, ...update };
    if (this.webhook) void this.deliverToWebhook(full);
    else this.updates.push(full);
  }

  private async deliverToWebhook(update: Record<string, unknown>): Promise<void> {
    const hook = this.webhook;
    if (!hook) return;
    const target = new URL(hook.url);
    const url = this.webhookProxy ? `${this.webhookProxy}${target.pathname}${target.search}` : hook.url;
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(hook.secret_token ? { 'x-telegram-bot-api-secret-token': hook.secret_token } : {}) },
      body: JSON.stringify(update),
    });
  }

  private user(chatId: number, { from }: Person): User {
    return { id: chatId, is_bot: false, first_name: 'Amina', ...from };
  }

  private chat(chatId: number) {
    return chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Admins' } : { id: chatId, type: 'private', first_name: 'Amina' };
  }

  private messageBase(chatId: number, messageId: number, options: Person & { languageCode?: string }) {
    const from = this.user(chatId, options);
    if (options.languageCode) from.language_code = options.languageCode;
    return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: this.chat(chatId), from };
  }

  private async readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const body: Record<string, unknown> = {};
      for (const part of parseMultipart(raw, type)) {
        body[part.name] = part.filename !== undefined ? part.data : parseField(part.data.toString());
      }
      return body;
    }
    return raw.length ? (JSON.parse(raw.toString()) as Record<string, unknown>) : {};
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const file = /^\/file\/bot[^/]+\/(.+)$/.exec(req.url ?? '');
    if (file) {
      const bytes = this.files.get(decodeURIComponent(file[1]));
      if (!bytes) return void fail(res, 404, 'Not Found');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
      return;
    }
    const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    const body = await this.readBody(req);
    this.calls.push({ method, at: Date.now() });
    switch (method) {
      case 'getMe':
        return ok(res, { id: 42, is_bot: true, first_name: 'Guichet', username: 'guichet_test_bot' });
      case 'deleteWebhook':
        this.webhook = undefined;
        return ok(res, true);
      case 'setWebhook':
        this.webhook = { url: String(body.url), secret_token: body.secret_token as string | undefined };
        return ok(res, true);
      case 'setMyCommands':
        return ok(res, true);
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        // Like Telegram: asking from `offset` confirms everything before it, which is then forgotten.
        if (offset > 0) this.updates.splice(0, this.updates.filter((update) => (update.update_id as number) < offset).length);
        // Long polling, shortened: answer at once when something is waiting, otherwise after a moment.
        if (!this.updates.some((update) => (update.update_id as number) >= offset)) await new Promise((resolve) => setTimeout(resolve, 100));
        return ok(
          res,
          this.updates.filter((update) => (update.update_id as number) >= offset),
        );
      }
      case 'getFile': {
        const fileId = String(body.file_id);
        if (!this.files.has(fileId)) return fail(res, 400, 'Bad Request: invalid file_id');
        return ok(res, { file_id: fileId, file_unique_id: fileId, file_size: this.files.get(fileId)?.length, file_path: fileId });
      }
      case 'answerCallbackQuery':
        this.callbackAnswers.push(body as unknown as CallbackAnswer);
        return ok(res, true);
      case 'sendMessage':
      case 'sendPhoto':
        return this.send(res, method, body);
      case 'editMessageText':
      case 'editMessageCaption':
      case 'editMessageReplyMarkup':
        return this.edit(res, method, body);
      default:
        return fail(res, 404, 'Not Found: method not found');
    }
  }

  private send(res: ServerResponse, method: string, body: Record<string, unknown>): void {
    const chatId = String(body.chat_id);
    if (this.blocked.has(chatId)) {
      this.refused.push({ chat_id: chatId, code: 403, at: Date.now() });
      return fail(res, 403, 'Forbidden: bot was blocked by the user');
    }
    const throttled = this.tooManyRequests.findIndex((rule) => rule.chatId === undefined || rule.chatId === chatId);
    if (throttled !== -1) {
      const [rule] = this.tooManyRequests.splice(throttled, 1);
      this.refused.push({ chat_id: chatId, code: 429, at: Date.now() });
      return fail(res, 429, `Too Many Requests: retry after ${rule.retryAfter}`, { retry_after: rule.retryAfter });
    }
    const message: SentMessage = {
      method,
      chat_id: typeof body.chat_id === 'number' ? body.chat_id : /^-?\d+$/.test(chatId) ? Number(chatId) : chatId,
      message_id: this.nextMessageId++,
      text: textField(body.text, body.caption),
      reply_markup: body.reply_markup as Keyboard | undefined,
      ...(method === 'sendPhoto' ? { photo: body.photo as Buffer | string } : {}),
      at: Date.now(),
    };
    this.sent.push(message);
    this.messages.set(`${chatId}/${message.message_id}`, { ...message });
    const chat = this.chat(Number(chatId));
    ok(res, {
      message_id: message.message_id,
      date: Math.floor(message.at / 1000),
      chat,
      ...(method === 'sendPhoto'
        ? { photo: [{ file_id: `sent-${message.message_id}`, file_unique_id: `sent-${message.message_id}`, width: 320, height: 480 }], caption: message.text }
        : { text: message.text }),
    });
  }

  private edit(res: ServerResponse, method: string, body: Record<string, unknown>): void {
    const key = `${String(body.chat_id)}/${String(body.message_id)}`;
    const current = this.messages.get(key);
    if (!current) return fail(res, 400, 'Bad Request: message to edit not found');
    const text = method === 'editMessageReplyMarkup' ? current.text : textField(body.text, body.caption);
    const markup = (body.reply_markup as Keyboard | undefined) ?? (method === 'editMessageReplyMarkup' ? undefined : current.reply_markup);
    if (method === 'editMessageText' && current.photo) return fail(res, 400, 'Bad Request: there is no text in the message to edit');
    if (text === current.text && JSON.stringify(markup) === JSON.stringify(current.reply_markup)) {
      return fail(res, 400, 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same');
    }
    const edited = { ...current, method, text, reply_markup: markup, at: Date.now() };
    this.messages.set(key, edited);
    this.edits.push(edited);
    ok(res, {
      message_id: current.message_id,
      date: Math.floor(current.at / 1000),
      chat: this.chat(Number(body.chat_id)),
      ...(current.photo ? { caption: text } : { text }),
    });
  }
}

/** Multipart fields arrive as strings; telegraf serialises objects (reply_markup) as JSON. */
function parseField(value: string): unknown {
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

export const startFakeTelegram = () => new FakeTelegram().start();
