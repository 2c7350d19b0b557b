import request from 'supertest';
import type { Session } from './support/accounts';
import { bearer, login } from './support/accounts';
import { adminSession, API, createFilm } from './support/content/catalogue';
import { makePng } from './support/content/files';
import { eventually } from './support/eventually';
import type { BotWorld } from './telegram/bot-harness';
import { ADMIN_CHAT_ID, buttonsOf, linkTelegram, nextTo, startBotWorld, telegramId } from './telegram/bot-harness';
import { bodyOf } from './support/body';

describe('the Telegram bot sells films by Mobile Money, reviewed by admins in Telegram', () => {
  let world: BotWorld;
  let admin: Session;
  const adminTelegram = telegramId();
  const films: { id: string; title: string }[] = [];

  beforeAll(async () => {
    world = await startBotWorld();
    admin = await adminSession(world.app.url);
    for (let n = 1; n <= 6; n++) {
      const title = `Bot film ${n} ${adminTelegram}`;
      films.push({ id: (await createFilm(world.app.url, admin, { title, price: { amount: 2500, currency: 'XAF' } })).id, title });
    }
    await linkTelegram(world, admin, adminTelegram);
  });
  afterAll(() => world?.close());

  /** Buyer: /start, open the films, page, open one, buy it; answers the instructions message. */
  async function buyFilm(buyer: number, filmId: string) {
    const { telegram } = world;
    let seen = telegram.to(buyer).length;
    telegram.userSays(buyer, '/start');
    const menu = await nextTo(telegram, buyer, seen, 'the greeting', (m) => m.text.startsWith('Bonjour Amina'));
    seen = telegram.to(buyer).length;
    telegram.userPresses(buyer, `f:${filmId}`, { messageId: menu.message_id });
    const details = await eventually(
      () => telegram.message(buyer, menu.message_id)?.text.includes('2 500 FCFA') && telegram.message(buyer, menu.message_id),
      15000,
      'the details',
    );
    const buy = buttonsOf(details).find((b) => b.callback_data === `b:film:${filmId}`);
    expect(buy?.text).toBe('Acheter — 2 500 FCFA');
    telegram.userPresses(buyer, buy?.callback_data ?? '', { messageId: menu.message_id });
    const instructions = await nextTo(telegram, buyer, seen, 'the instructions', (m) => m.text.startsWith('Commande n°'));
    await nextTo(telegram, buyer, seen, 'the screenshot request', (m) => m.text.includes('capture d’écran'));
    return { reference: /Référence à indiquer dans le transfert : (\S+)/.exec(instructions.text)?.[1] ?? '', instructions };
  }

  async function sendProof(buyer: number, reference: string) {
    const { telegram } = world;
    const seen = telegram.to(buyer).length;
    const seenAdmin = telegram.to(ADMIN_CHAT_ID).length;
    telegram.userSendsPhoto(buyer, makePng(60, 100));
    await nextTo(telegram, buyer, seen, 'the proof acknowledgement', (m) => m.text.includes('Paiement en attente de vérification'));
    return nextTo(telegram, ADMIN_CHAT_ID, seenAdmin, 'the proof in the admin chat', (m) => m.method === 'sendPhoto' && m.text.includes(reference));
  }

  it('browses films page by page in one message, buys one, survives a restart, and an admin approves it from Telegram', async () => {
    const { telegram } = world;
    const buyer = telegramId();
    telegram.userSays(buyer, '/start');
    const menu = await nextTo(telegram, buyer, 0, 'the greeting');
    expect(menu.text).toMatch(/^Bonjour Amina ! Bienvenue sur Guichet/);
    expect(buttonsOf(menu).map((b) => b.text)).toEqual(expect.arrayContaining(['🎬 Films', '📺 Séries', '⚽ Matchs', '🧾 Mes achats', '❓ Aide']));

    telegram.userPresses(buyer, 'fl:1', { messageId: menu.message_id });
    const page1 = await eventually(
      () => telegram.message(buyer, menu.message_id)?.text.startsWith('🎬 Films — page 1/') && telegram.message(buyer, menu.message_id),
      15000,
      'page 1',
    );
    expect(buttonsOf(page1).filter((b) => b.callback_data?.startsWith('f:'))).toHaveLength(5);
    expect(buttonsOf(page1).find((b) => b.callback_data === 'fl:2')?.text).toBe('Suivant ›');
    telegram.userPresses(buyer, 'fl:2', { messageId: menu.message_id });
    const page2 = await eventually(
      () => telegram.message(buyer, menu.message_id)?.text.startsWith('🎬 Films — page 2/') && telegram.message(buyer, menu.message_id),
      15000,
      'page 2',
    );
    expect(buttonsOf(page2).find((b) => b.callback_data === 'fl:1')?.text).toBe('‹ Précédent');
    // Paging edited the menu message: no new message flooded the chat.
    expect(telegram.to(buyer).filter((m) => m.text.startsWith('🎬 Films'))).toHaveLength(0);

    const film = films[0];
    const { reference, instructions } = await buyFilm(buyer, film.id);
    expect(instructions.text).toContain('Montant à payer : 2 500 FCFA');
    expect(instructions.text).toContain('MTN Mobile Money : +237670000000');
    expect(reference).toMatch(/^[A-Z0-9-]{4,}$/);

    await world.restartBot();
    const proof = await sendProof(buyer, reference);
    expect(proof.text).toContain('Montant : 2 500 FCFA');
    expect(proof.text).toContain(film.title);
    expect(buttonsOf(proof).map((b) => b.text)).toEqual(['✅ Approuver', '❌ Refuser']);
    expect(Buffer.isBuffer(proof.photo)).toBe(true);

    // Someone in the admin chat who is not a linked admin cannot decide.
    const stranger = telegramId();
    telegram.userPresses(ADMIN_CHAT_ID, buttonsOf(proof)[0].callback_data ?? '', { messageId: proof.message_id, from: { id: stranger } });
    await eventually(() => telegram.callbackAnswers.find((a) => a.show_alert && /Seuls les administrateurs/.test(a.text ?? '')), 15000, 'the refusal');
    const paymentId = (buttonsOf(proof)[0].callback_data ?? '').split(':')[2];
    const pending = await request(world.app.url).get(`${API}/admin/payments/${paymentId}`).set(bearer(admin)).expect(200);
    expect(bodyOf<{ status: string }>(pending).status).toBe('awaiting_review');

    const seen = telegram.to(buyer).length;
    telegram.userPresses(ADMIN_CHAT_ID, `rv:ok:${paymentId}`, { messageId: proof.message_id, from: { id: adminTelegram } });
    const credentials = await nextTo(telegram, buyer, seen, 'the credentials', (m) => m.text.includes('Paiement validé'));
    const username = /Identifiant : (\S+)/.exec(credentials.text)?.[1] ?? '';
    const password = /Mot de passe : (\S+)/.exec(credentials.text)?.[1] ?? '';
    expect(credentials.text).toContain('http://localhost:3000/library');
    const session = await login(world.app.url, username, password);
    const library = await request(world.app.url).get(`${API}/me/library`).set(bearer(session)).expect(200);
    expect(bodyOf<{ films: { id: string }[] }>(library).films.map((f) => f.id)).toEqual([film.id]);
    const decided = await eventually(
      () => /✅ Approuvé par/.test(telegram.message(ADMIN_CHAT_ID, proof.message_id)?.text ?? '') && telegram.message(ADMIN_CHAT_ID, proof.message_id),
      15000,
      'the decision shown',
    );
    expect(buttonsOf(decided)).toHaveLength(0);

    // A second press changes nothing: no second message to the buyer, the payment stays approved.
    const answers = telegram.callbackAnswers.length;
    telegram.userPresses(ADMIN_CHAT_ID, `rv:ok:${paymentId}`, { messageId: proof.message_id, from: { id: adminTelegram } });
    await eventually(() => telegram.callbackAnswers.slice(answers).find((a) => /Déjà décidé/.test(a.text ?? '')), 15000, 'already decided');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(telegram.to(buyer).filter((m) => m.text.includes('Paiement validé'))).toHaveLength(1);
    const after = await request(world.app.url).get(`${API}/admin/payments/${paymentId}`).set(bearer(admin)).expect(200);
    expect(bodyOf<{ status: string }>(after).status).toBe('succeeded');

    // "Mes achats" lists the order as delivered; new credentials on request replace the old ones.
    telegram.userPresses(buyer, 'mine', { messageId: credentials.message_id });
    const mine = await eventually(
      () => telegram.message(buyer, credentials.message_id)?.text.startsWith('🧾 Vos commandes') && telegram.message(buyer, credentials.message_id),
      15000,
      'my purchases',
    );
    expect(mine.text).toContain(`${film.title} — 2 500 FCFA — livrée`);
    telegram.userPresses(buyer, 'cred', { messageId: credentials.message_id });
    await eventually(() => telegram.message(buyer, credentials.message_id)?.text.startsWith('Un nouveau mot de passe'), 15000, 'the confirmation');
    telegram.userPresses(buyer, 'cred:ok', { messageId: credentials.message_id });
    const fresh = await eventually(
      () => telegram.message(buyer, credentials.message_id)?.text.includes('Mot de passe :') && telegram.message(buyer, credentials.message_id),
      15000,
      'new credentials',
    );
    const newPassword = /Mot de passe : (\S+)/.exec(fresh.text)?.[1] ?? '';
    expect(newPassword).not.toBe(password);
    await request(world.app.url).post(`${API}/auth/login`).send({ login: username, password }).expect(401);
    await login(world.app.url, username, newPassword);

    // Buying it again is refused with the reason.
    const again = telegram.to(buyer).length;
    telegram.userPresses(buyer, `b:film:${film.id}`, { messageId: credentials.message_id });
    await nextTo(telegram, buyer, again, 'the refusal', (m) => m.text.includes('Vous avez déjà'));
  });

  it('sends a refusal reason to the buyer and grants nothing', async () => {
    const { telegram } = world;
    const buyer = telegramId();
    const { reference } = await buyFilm(buyer, films[1].id);
    const proof = await sendProof(buyer, reference);
    const paymentId = (buttonsOf(proof)[1].callback_data ?? '').split(':')[2];
    const seenAdmin = telegram.to(ADMIN_CHAT_ID).length;
    telegram.userPresses(ADMIN_CHAT_ID, `rv:no:${paymentId}`, { messageId: proof.message_id, from: { id: adminTelegram } });
    const question = await nextTo(telegram, ADMIN_CHAT_ID, seenAdmin, 'the reason question', (m) => m.text.startsWith('Motif du refus'));
    const seen = telegram.to(buyer).length;
    telegram.userSays(ADMIN_CHAT_ID, 'Montant reçu : 1 000 FCFA seulement', { from: { id: adminTelegram }, replyTo: question.message_id });
    const rejection = await nextTo(telegram, buyer, seen, 'the rejection', (m) => m.text.startsWith('❌'));
    expect(rejection.text).toContain('Motif : Montant reçu : 1 000 FCFA seulement');
    expect(rejection.text).toContain(reference);
    const payment = await request(world.app.url).get(`${API}/admin/payments/${paymentId}`).set(bearer(admin)).expect(200);
    expect(bodyOf<{ status: string }>(payment).status).toBe('rejected');
    await eventually(() => /❌ Refusé par/.test(telegram.message(ADMIN_CHAT_ID, proof.message_id)?.text ?? ''), 15000, 'the decision shown');
    expect(telegram.to(buyer).some((m) => m.text.includes('Paiement validé'))).toBe(false);
    telegram.userPresses(buyer, 'mine', { messageId: rejection.message_id });
    await eventually(
      () => telegram.message(buyer, rejection.message_id)?.text.includes(`${films[1].title} — 2 500 FCFA — paiement refusé`),
      15000,
      'the order shown as refused',
    );
  });

  it('shows in the admin chat a decision made in the console', async () => {
    const { telegram } = world;
    const buyer = telegramId();
    const { reference } = await buyFilm(buyer, films[3].id);
    const proof = await sendProof(buyer, reference);
    const paymentId = (buttonsOf(proof)[0].callback_data ?? '').split(':')[2];
    const seen = telegram.to(buyer).length;
    await request(world.app.url).post(`${API}/admin/payments/${paymentId}/approve`).set(bearer(admin)).expect(200);
    const shown = await eventually(
      () => /✅ Approuvé par/.test(telegram.message(ADMIN_CHAT_ID, proof.message_id)?.text ?? '') && telegram.message(ADMIN_CHAT_ID, proof.message_id),
      15000,
      'the console decision',
    );
    expect(buttonsOf(shown)).toHaveLength(0);
    await nextTo(telegram, buyer, seen, 'the credentials', (m) => m.text.includes('Paiement validé'));
  });

  it('shows a film with its poster as a photo, uploaded once then sent by file id', async () => {
    const { telegram } = world;
    const film = films[2];
    await request(world.app.url).put(`${API}/films/${film.id}/thumbnail`).set(bearer(admin)).attach('file', makePng(300, 450), 'poster.png').expect(200);
    const buyer = telegramId();
    telegram.userSays(buyer, `${film.title}`);
    const results = await nextTo(telegram, buyer, 0, 'the search results', (m) => m.text.startsWith('Résultats pour'));
    expect(buttonsOf(results).map((b) => b.callback_data)).toContain(`f:${film.id}`);
    telegram.userPresses(buyer, `f:${film.id}`, { messageId: results.message_id });
    const poster = await nextTo(telegram, buyer, 1, 'the poster', (m) => m.method === 'sendPhoto');
    expect(Buffer.isBuffer(poster.photo)).toBe(true);
    expect(poster.text).toMatch(new RegExp(`^🎬 ${film.title}\nAnnée : 2012\nDurée : 2 h 38\nLangue : fr\nGenres : drame, histoire\nPrix : 2 500 FCFA`));
    telegram.userPresses(buyer, `f:${film.id}`, { messageId: results.message_id });
    const again = await nextTo(telegram, buyer, 2, 'the poster again', (m) => m.method === 'sendPhoto');
    expect(again.photo).toBe(`sent-${poster.message_id}`);
  });

  it('suggests films of the genres the buyer looked at', async () => {
    const { telegram } = world;
    const genre = `genre${adminTelegram}`;
    const liked = await createFilm(world.app.url, admin, { title: `Aimé ${adminTelegram}`, genres: [genre] });
    const similar = await createFilm(world.app.url, admin, { title: `Semblable ${adminTelegram}`, genres: [genre] });
    const buyer = telegramId();
    telegram.userSays(buyer, '/start');
    const menu = await nextTo(telegram, buyer, 0, 'the menu');
    telegram.userPresses(buyer, `f:${liked.id}`, { messageId: menu.message_id });
    await eventually(() => telegram.message(buyer, menu.message_id)?.text.startsWith(`🎬 Aimé`), 15000, 'the details');
    telegram.userPresses(buyer, 'fy', { messageId: menu.message_id });
    const suggestions = await eventually(
      () => telegram.message(buyer, menu.message_id)?.text.startsWith('✨ Pour vous') && telegram.message(buyer, menu.message_id),
      15000,
      'the suggestions',
    );
    expect(
      buttonsOf(suggestions)
        .slice(0, 2)
        .map((b) => b.callback_data),
    ).toEqual([`f:${similar.id}`, `f:${liked.id}`]);
  });

  it('passes a question to the admin chat and the admin’s reply back to the buyer', async () => {
    const { telegram } = world;
    const buyer = telegramId();
    telegram.userSays(buyer, 'blablabla zzz');
    const lost = await nextTo(telegram, buyer, 0, 'the fallback');
    telegram.userPresses(buyer, 'adm', { messageId: lost.message_id });
    await nextTo(telegram, buyer, 1, 'the invitation to write', (m) => m.text.startsWith('Écrivez votre message'));
    const seenAdmin = telegram.to(ADMIN_CHAT_ID).length;
    telegram.userSays(buyer, 'Mon paiement MTN ne passe pas');
    await nextTo(telegram, buyer, 2, 'the confirmation', (m) => m.text.startsWith('Message transmis'));
    const forwarded = await nextTo(telegram, ADMIN_CHAT_ID, seenAdmin, 'the forwarded message', (m) => m.text.includes('Mon paiement MTN ne passe pas'));
    telegram.userSays(ADMIN_CHAT_ID, 'Réessayez avec le numéro Orange, merci.', { from: { id: adminTelegram }, replyTo: forwarded.message_id });
    const answer = await nextTo(telegram, buyer, 3, 'the admin’s answer');
    expect(answer.text).toBe('💬 Réponse d’un administrateur :\nRéessayez avec le numéro Orange, merci.');
  });

  it('speaks French by default, English after /language, and answers greetings and questions', async () => {
    const { telegram } = world;
    const buyer = telegramId();
    telegram.userSays(buyer, 'bonjour');
    expect((await nextTo(telegram, buyer, 0, 'the greeting answer')).text).toMatch(/^Bonjour ! Je peux vous montrer/);
    telegram.userSays(buyer, 'comment payer ?');
    expect((await nextTo(telegram, buyer, 1, 'the payment answer')).text).toMatch(/Mobile Money \(MTN ou Orange\)/);
    telegram.userSays(buyer, 'xqzv wlkj');
    const lost = await nextTo(telegram, buyer, 2, 'the fallback');
    expect(buttonsOf(lost).map((b) => b.text)).toContain('💬 Parler à un administrateur');
    telegram.userSays(buyer, '/language');
    const choice = await nextTo(telegram, buyer, 3, 'the language choice');
    telegram.userPresses(buyer, 'lang:en', { messageId: choice.message_id });
    await eventually(() => telegram.message(buyer, choice.message_id)?.text.startsWith('Language: English.'), 15000, 'English');
    telegram.userSays(buyer, 'how do I pay?');
    expect((await nextTo(telegram, buyer, 4, 'the English answer')).text).toMatch(/^Films and series: pay by Mobile Money/);
    // A Telegram set to English is answered in English from the first message.
    const english = telegramId();
    telegram.userSays(english, '/start', { languageCode: 'en' });
    expect((await nextTo(telegram, english, 0, 'the English greeting')).text).toMatch(/^Hello Amina! Welcome to Guichet/);
  });
});
