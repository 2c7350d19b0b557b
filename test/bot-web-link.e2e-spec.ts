/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import request from 'supertest';
import type { Session } from './support/accounts';
import { bearer, registerCustomer } from './support/accounts';
import { adminSession, API, createFilm } from './support/content/catalogue';
import { eventually } from './support/eventually';
import type { BotWorld } from './telegram/bot-harness';
import { buttonsOf, nextTo, startBotWorld, telegramId } from './telegram/bot-harness';
import { freePort, launchChromium, phone, shoot } from './web/web-support';

jest.setTimeout(180_000);

describe('a web buyer links their Telegram account from the account page, and the bot knows them', () => {
  let world: BotWorld;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // PUBLIC_URL is the origin the browser uses, so its form posts pass the same-origin check.
    world = await startBotWorld({ PORT: String(port), PUBLIC_URL: url, TELEGRAM_BOT_USERNAME: 'GuichetTestBot' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it('shows a one-time code and a t.me link that opens the bot with it; once linked, the bot lists the buyer’s web orders', async () => {
    const admin = await adminSession(url);
    const buyer: Session = await registerCustomer(url, { displayName: 'Nadia Web' });
    const film = await createFilm(url, admin, { title: `Film lié ${buyer.user.username}`, price: { amount: 3000, currency: 'XAF' } });
    const order = await request(url)
      .post(`${API}/orders`)
      .set(bearer(buyer))
      .send({ items: [{ type: 'content', contentType: 'film', contentId: film.id }], paymentMethod: 'mobile_money' })
      .expect(201);

    const { context, page } = await phone(browser);
    await page.goto(`${url}/login?next=%2Faccount`);
    await page.fill('#f-login', buyer.user.username);
    await page.fill('#f-password', 'correct-horse-battery');
    await Promise.all([page.waitForURL(`${url}/account`), page.click('button:has-text("Se connecter")')]);
    expect(await page.textContent('main')).toContain('Liez votre compte Telegram');
    await shoot(page, 'account');

    await Promise.all([page.waitForURL(`${url}/account#link-code`), page.click('button:has-text("Obtenir un code de liaison")')]);
    const code = ((await page.textContent('#link-code')) ?? '').trim();
    expect(code).toMatch(/^\d{8}$/);
    expect(await page.textContent('main')).toContain(`envoyez-lui ce message : /link ${code}`);
    const openBot = (await page.getAttribute('a:has-text("Ouvrir Telegram et lier mon compte")', 'href')) ?? '';
    expect(openBot).toBe(`https://t.me/GuichetTestBot?start=link-${code}`);
    await shoot(page, 'account-code');
    // A reload shows the same page and the same code: no form sent again, no second code.
    await page.reload();
    expect(((await page.textContent('#link-code')) ?? '').trim()).toBe(code);

    const { telegram } = world;
    const chat = telegramId();
    // Tapping the link opens the bot, and Telegram sends it `/start <the link's start parameter>`.
    telegram.userSays(chat, `/start ${new URL(openBot).searchParams.get('start')}`, { from: { id: chat, first_name: 'Nadia' } });
    const linked = await nextTo(telegram, chat, 0, 'the link confirmation', (m) => m.text.includes('lié'));
    expect(linked.text).toBe(`Votre compte Telegram est lié à Nadia Web (${buyer.user.username}).`);

    // The bot now answers as this buyer: "Mes achats" lists the order made on the web.
    expect(buttonsOf(linked).some((b) => b.callback_data === 'mine')).toBe(true);
    telegram.userPresses(chat, 'mine', { messageId: linked.message_id });
    const mine = await eventually(
      () =>
        [...telegram.to(chat), telegram.message(chat, linked.message_id)].find((m) =>
          m?.text.includes(`n° ${(order.body as { order: { number: string } }).order.number}`),
        ),
      30000,
      'the web order in "Mes achats"',
    );
    expect(mine?.text).toContain(film.title);

    // The code worked once; the account page now says the bot knows them.
    const seen = telegram.to(chat).length;
    telegram.userSays(chat, `/link ${code}`, { from: { id: chat, first_name: 'Nadia' } });
    await nextTo(telegram, chat, seen, 'the refusal of a used code', (m) => m.text.includes('invalide ou expiré'));
    await page.goto(`${url}/account`);
    expect(await page.textContent('main')).toContain('Votre compte Telegram est lié');
    expect(await page.$('#link-code')).toBeNull();
    await context.close();
  });
});
