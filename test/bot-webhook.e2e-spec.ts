import { createServer } from 'node:net';
import type { BotWorld } from './telegram/bot-harness';
import { nextTo, startBotWorld, telegramId } from './telegram/bot-harness';

const SECRET = 'webhook-secret-for-tests-0123456789';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the bot in webhook mode', () => {
  let world: BotWorld;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    world = await startBotWorld({
      TELEGRAM_WEBHOOK_URL: 'https://bot.guichet.test/telegram/updates',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_WEBHOOK_PORT: String(port),
    });
  });
  afterAll(() => world?.close());

  it('registers its webhook with the secret token and answers updates Telegram posts to it', async () => {
    const { telegram } = world;
    expect(telegram.webhook).toEqual({ url: 'https://bot.guichet.test/telegram/updates', secret_token: SECRET });
    telegram.webhookProxy = `http://127.0.0.1:${port}`;
    const buyer = telegramId();
    telegram.userSays(buyer, '/start');
    const reply = await nextTo(telegram, buyer, 0, 'the greeting through the webhook');
    expect(reply.text).toMatch(/^Bonjour Amina !/);
  });

  it('refuses updates without the secret token', async () => {
    const { telegram } = world;
    const intruder = telegramId();
    const forged = {
      update_id: 999999,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: intruder, type: 'private' },
        from: { id: intruder, is_bot: false, first_name: 'X' },
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    };
    const res = await fetch(`http://127.0.0.1:${port}/telegram/updates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify(forged),
    });
    expect(res.status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(telegram.to(intruder)).toHaveLength(0);
  });
});
