import request from 'supertest';
import type { Session } from './support/accounts';
import { bearer } from './support/accounts';
import { adminSession, createFilm } from './support/content/catalogue';
import { makePng } from './support/content/files';
import { eventually } from './support/eventually';
import type { BotWorld } from './telegram/bot-harness';
import { ADMIN_CHAT_ID, buttonsOf, nextTo, startBotWorld, telegramId } from './telegram/bot-harness';

jest.setTimeout(120_000);

describe('the admin chat in English (TELEGRAM_ADMIN_LANGUAGE=en), each admin answered in their own language', () => {
  let world: BotWorld;
  let admin: Session;
  // One web admin links one Telegram account: the same admin switches language between the two cases.
  const adminTelegram = telegramId();

  /** Links an admin's Telegram account whose app speaks `languageCode`. */
  async function linkAdmin(telegramUserId: number, languageCode: string) {
    const res = await request(world.app.url).post('/api/v1/me/telegram/link-code').set(bearer(admin)).expect(201);
    const before = world.telegram.to(telegramUserId).length;
    world.telegram.userSays(telegramUserId, `/link ${(res.body as { code: string }).code}`, {
      from: { id: telegramUserId, first_name: 'Admin' },
      languageCode,
    });
    await nextTo(world.telegram, telegramUserId, before, 'the link confirmation', (m) => /lié|linked/.test(m.text));
  }

  /** A buyer buys the film and sends a screenshot; returns the proof as posted in the admin chat. */
  async function proofFor(filmId: string) {
    const { telegram } = world;
    const buyer = telegramId();
    telegram.userSays(buyer, '/start');
    const menu = await nextTo(telegram, buyer, 0, 'the greeting', (m) => m.text.startsWith('Bonjour'));
    telegram.userPresses(buyer, `b:film:${filmId}`, { messageId: menu.message_id });
    const instructions = await nextTo(telegram, buyer, 0, 'the instructions', (m) => m.text.startsWith('Commande n°'));
    const reference = /Référence à indiquer dans le transfert : (\S+)/.exec(instructions.text)?.[1] ?? '';
    await nextTo(telegram, buyer, 0, 'the screenshot request', (m) => m.text.includes('capture d’écran'));
    const seenAdmin = telegram.to(ADMIN_CHAT_ID).length;
    telegram.userSendsPhoto(buyer, makePng(60, 100));
    const proof = await nextTo(telegram, ADMIN_CHAT_ID, seenAdmin, 'the proof', (m) => m.method === 'sendPhoto' && m.text.includes(reference));
    return { buyer, proof, paymentId: (buttonsOf(proof)[0].callback_data ?? '').split(':')[2] };
  }

  beforeAll(async () => {
    world = await startBotWorld({ TELEGRAM_ADMIN_LANGUAGE: 'en' });
    admin = await adminSession(world.app.url);
    await linkAdmin(adminTelegram, 'en');
  });
  afterAll(() => world?.close());

  it('posts the proof and the decision in English; the English admin approves and is answered in English', async () => {
    const { telegram } = world;
    const film = await createFilm(world.app.url, admin, { title: `Admin EN ${adminTelegram}`, price: { amount: 2500, currency: 'XAF' } });
    const { proof, paymentId } = await proofFor(film.id);
    expect(proof.text.split('\n')[0]).toBe('🧾 Proof of payment to check');
    expect(proof.text).toContain('Amount: 2 500 FCFA');
    expect(proof.text).toMatch(/Reference: \S+/);
    expect(buttonsOf(proof).map((b) => b.text)).toEqual(['✅ Approve', '❌ Reject']);

    // Someone not linked as an admin: refused, in the chat's language.
    telegram.userPresses(ADMIN_CHAT_ID, `rv:ok:${paymentId}`, { messageId: proof.message_id, from: { id: telegramId() } });
    await eventually(
      () => telegram.callbackAnswers.find((a) => a.show_alert && a.text === 'Only administrators whose Telegram account is linked can decide.'),
      15000,
      'the refusal',
    );

    telegram.userPresses(ADMIN_CHAT_ID, `rv:ok:${paymentId}`, { messageId: proof.message_id, from: { id: adminTelegram } });
    await eventually(() => telegram.callbackAnswers.find((a) => a.text === '✅ Approved'), 15000, 'the answer to the admin');
    const decided = await eventually(
      () => /✅ Approved by \S+ on /.test(telegram.message(ADMIN_CHAT_ID, proof.message_id)?.text ?? '') && telegram.message(ADMIN_CHAT_ID, proof.message_id),
      15000,
      'the decision',
    );
    expect(buttonsOf(decided)).toHaveLength(0);
  });

  it('asks an admin who chose French for the reason in French, and shows the rejection to the chat in English', async () => {
    const { telegram } = world;
    const seenPrivate = telegram.to(adminTelegram).length;
    telegram.userSays(adminTelegram, '/language', { from: { id: adminTelegram, first_name: 'Admin' } });
    const choice = await nextTo(telegram, adminTelegram, seenPrivate, 'the language choice', (m) => buttonsOf(m).some((b) => b.callback_data === 'lang:fr'));
    telegram.userPresses(adminTelegram, 'lang:fr', { messageId: choice.message_id, from: { id: adminTelegram, first_name: 'Admin' } });
    await eventually(() => telegram.message(adminTelegram, choice.message_id)?.text.startsWith('Langue'), 15000, 'French chosen');
    const film = await createFilm(world.app.url, admin, { title: `Admin FR ${adminTelegram}`, price: { amount: 1000, currency: 'XAF' } });
    const { buyer, proof, paymentId } = await proofFor(film.id);
    const seenAdmin = telegram.to(ADMIN_CHAT_ID).length;
    telegram.userPresses(ADMIN_CHAT_ID, `rv:no:${paymentId}`, { messageId: proof.message_id, from: { id: adminTelegram } });
    const question = await nextTo(telegram, ADMIN_CHAT_ID, seenAdmin, 'the reason question', (m) => m.text.startsWith('Motif du refus'));
    const seen = telegram.to(ADMIN_CHAT_ID).length;
    telegram.userSays(ADMIN_CHAT_ID, 'Capture illisible', { from: { id: adminTelegram }, replyTo: question.message_id });
    await nextTo(telegram, ADMIN_CHAT_ID, seen, 'the confirmation to the admin', (m) => m.text === '❌ Paiement refusé ; l’acheteur reçoit le motif.');
    await eventually(
      () => /❌ Rejected by \S+ on .+: Capture illisible$/.test(telegram.message(ADMIN_CHAT_ID, proof.message_id)?.text ?? ''),
      15000,
      'the decision',
    );
    // The buyer reads it in their own language (French here).
    await nextTo(telegram, buyer, 0, 'the rejection', (m) => m.text.includes('Motif : Capture illisible'));

    // A buyer's message to the admins is introduced in the chat's language.
    const asker = telegramId();
    telegram.userSays(asker, '/start');
    const menu = await nextTo(telegram, asker, 0, 'the greeting', (m) => m.text.startsWith('Bonjour'));
    telegram.userPresses(asker, 'adm', { messageId: menu.message_id });
    await nextTo(telegram, asker, 0, 'the prompt', (m) => m.text.startsWith('Écrivez votre message'));
    const before = telegram.to(ADMIN_CHAT_ID).length;
    telegram.userSays(asker, 'Le lien ne marche pas');
    const relayed = await nextTo(telegram, ADMIN_CHAT_ID, before, 'the relayed message', (m) => m.text.includes('Le lien ne marche pas'));
    expect(relayed.text).toMatch(/^💬 Message from .+:\nLe lien ne marche pas\n\n\(Reply to this message to answer them\.\)$/);
  });
});
