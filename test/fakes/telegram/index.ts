import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface SentMessage {
  chat_id: number | string;
  text: string;
}

interface Update {
  update_id: number;
  message: { message_id: number; date: number; chat: { id: number; type: 'private' }; from: { id: number; is_bot: false; first_name: string }; text: string; entities?: { type: 'bot_command'; offset: number; length: number }[] };
}

/**
 * The Telegram Bot API on loopback (`TELEGRAM_API_ROOT`): answers `{ok, result}` like the real one, hands
 * queued updates to long polling and records what the bot sends.
 */
export class FakeTelegram {
  readonly sent: SentMessage[] = [];
  url = '';
  private readonly updates: Update[] = [];
  private nextUpdateId = 1;
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A user types `text` in a private chat with the bot. */
  userSays(chatId: number, text: string): void {
    const command = /^\/\w+/.exec(text)?.[0];
    this.updates.push({
      update_id: this.nextUpdateId++,
      message: {
        message_id: this.nextUpdateId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: 'private' },
        from: { id: chatId, is_bot: false, first_name: 'Amina' },
        text,
        ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command.length }] } : {}),
      },
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString();
    const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    const ok = (result: unknown): void => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    };
    switch (method) {
      case 'getMe':
        return ok({ id: 42, is_bot: true, first_name: 'Guichet', username: 'guichet_test_bot' });
      case 'deleteWebhook':
      case 'setMyCommands':
        return ok(true);
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        // Long polling, shortened: answer at once when something is waiting, otherwise after a moment.
        if (!this.updates.some((update) => update.update_id >= offset)) await new Promise((resolve) => setTimeout(resolve, 100));
        return ok(this.updates.filter((update) => update.update_id >= offset));
      }
      case 'sendMessage':
        this.sent.push({ chat_id: body.chat_id as number, text: String(body.text) });
        return ok({ message_id: this.sent.length, date: Math.floor(Date.now() / 1000), chat: { id: body.chat_id, type: 'private' }, text: body.text });
      default:
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found: method not found' }));
        return;
    }
  }
}

export const startFakeTelegram = () => new FakeTelegram().start();
