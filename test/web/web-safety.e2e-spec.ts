/// <reference lib="dom" />
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import request from 'supertest';
import { bearer, registerCustomer, registerOrganizer, uniqueName } from '../support/accounts';
import type { Organizer } from '../support/club-fixtures';
import { createMatch, createStand } from '../support/club-fixtures';
import { holdSeats } from '../support/paid-order';
import { sellingClub } from '../support/selling-club';
import type { WebApp } from './web-support';
import { phone, registerInBrowser, shoot, startWebApp } from './web-support';
import { bodyOf } from '../support/body';

const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);

jest.setTimeout(180_000);

/** What POST /auth/login answers about the account. */
interface LoggedIn {
  user: { id: string; role: string; clubId: string | null };
}

describe('web pages: refusals, escaping, privacy, password reset and invitations', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await startWebApp();
  });
  afterAll(async () => {
    await w?.close();
  });

  it('says how many seats are left and refuses 11 seats, keeping the choice; shows a sold-out match as such', async () => {
    const club = await sellingClub(w.url, w.fake, 3);
    const other = await registerCustomer(w.url);
    await request(w.url)
      .post('/api/v1/orders')
      .set(bearer(other))
      .send({ items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 2 }], paymentMethod: 'stripe' })
      .expect(201);

    const { context, page } = await phone(w.browser);
    await registerInBrowser(page, w.url, uniqueName('fan'));
    await page.goto(`${w.url}/matches/${club.match.id}`);
    await page.fill('#f-quantity', '11');
    const [tooMany] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('button:has-text("Réserver")')]);
    expect(tooMany.status()).toBe(400);
    expect(await page.textContent('.notice.bad')).toContain('10 places au plus');
    expect(await page.inputValue('#f-quantity')).toBe('11');
    expect(await page.isChecked(`input[value="${club.stand.id}"]`)).toBe(true);
    await shoot(page, 'match-too-many');

    await page.fill('#f-quantity', '3');
    const [short] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('button:has-text("Réserver")')]);
    expect(short.status()).toBe(409);
    expect(await page.textContent('.notice.bad')).toContain('Il ne reste que 1 place dans cette tribune');
    expect(await page.inputValue('#f-quantity')).toBe('3');

    await request(w.url)
      .post('/api/v1/orders')
      .set(bearer(other))
      .send({ items: [{ type: 'seat', matchId: club.match.id, standId: club.stand.id, quantity: 1 }], paymentMethod: 'stripe' })
      .expect(201);
    await page.goto(`${w.url}/matches/${club.match.id}`);
    expect(await page.textContent('main')).toContain('Ce match est complet.');
    expect(await page.textContent('.stand')).toContain('Complet');
    await shoot(page, 'match-sold-out');
    await context.close();
  });

  it('renders a club named <script> as text and answers another customer’s order with an HTML 404', async () => {
    const organizer = (await registerOrganizer(w.url, `<script>alert(1)</script> ${uniqueName('')}`)) as Organizer;
    const stand = await createStand(w.url, organizer, { name: '<img src=x onerror=alert(2)>' });
    const match = await createMatch(w.url, organizer, [{ standId: stand.id }], { opponent: '"><b>bold</b>' });
    const { context, page } = await phone(w.browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const raw = await request(w.url).get(`/matches/${match.id}`).expect(200);
    expect(raw.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(raw.text).not.toContain('<script>alert(1)');
    expect(raw.text).not.toContain('<img src=x');
    await page.goto(`${w.url}/matches/${match.id}`);
    expect(await page.textContent('h1')).toContain('<script>alert(1)</script>');
    expect(await page.textContent('.stand .name')).toBe('<img src=x onerror=alert(2)>');
    expect(await page.$('main b')).toBeNull();
    await page.goto(`${w.url}/?q=${encodeURIComponent('<script>')}`);
    expect(await page.textContent('main')).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);

    const club = await sellingClub(w.url, w.fake, 5);
    const owner = await registerCustomer(w.url);
    const theirs = await holdSeats(w.url, owner, club.match.id, club.stand.id);
    await registerInBrowser(page, w.url, uniqueName('nosy'));
    const answer = await page.goto(`${w.url}/orders/${theirs.order.id}`);
    expect(answer?.status()).toBe(404);
    expect(answer?.headers()['content-type']).toMatch(/^text\/html/);
    expect(await page.textContent('h1')).toBe('Page introuvable');
    await shoot(page, 'not-found');
    const missing = await page.goto(`${w.url}/matches/not-a-match`);
    expect(missing?.status()).toBe(404);
    await request(w.url)
      .get('/api/v1/matches/not-a-match')
      .expect('content-type', /problem\+json/);
    const nowhere = await page.goto(`${w.url}/nowhere/at/all`);
    expect(nowhere?.status()).toBe(404);
    expect(nowhere?.headers()['content-type']).toMatch(/^text\/html/);
    await request(w.url)
      .get('/api/v1/nowhere')
      .expect(404)
      .expect('content-type', /problem\+json/);
    await context.close();
  });

  it('speaks English to an English browser and remembers a switch to French', async () => {
    const { context, page } = await phone(w.browser, 'en-US');
    await page.goto(`${w.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Upcoming matches');
    await shoot(page, 'home-en');
    await page.click('a.lang');
    expect(await page.textContent('h1')).toBe('Matchs à venir');
    await page.goto(`${w.url}/films`);
    expect(await page.textContent('h1')).toBe('Films et séries');
    await context.close();
  });

  it('refuses a cross-site POST and a POST without the form token, changing nothing', async () => {
    const club = await sellingClub(w.url, w.fake, 5);
    const { context, page } = await phone(w.browser);
    await registerInBrowser(page, w.url, uniqueName('fan'));
    // Another site (localhost is not the same site as 127.0.0.1) posts a reservation form at us.
    const evil: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<form id="f" method="post" action="${w.url}/matches/${club.match.id}/reserve">
<input name="standId" value="${club.stand.id}"><input name="quantity" value="5"><input name="idempotencyKey" value="evil"></form>
<script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    const evilPort = (evil.address() as { port: number }).port;
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.goto(`http://localhost:${evilPort}/`)]);
    expect(refused.status()).toBe(403);
    await page.waitForLoadState();
    expect(await page.textContent('main')).toContain('ne vient pas de ce site');
    evil.close();

    // Same site but no token: refused too.
    const noToken = await context.request.post(`${w.url}/matches/${club.match.id}/reserve`, {
      form: { standId: club.stand.id, quantity: '5' },
      headers: { origin: w.url },
      maxRedirects: 0,
    });
    expect(noToken.status()).toBe(403);
    const after = await request(w.url).get(`/api/v1/matches/${club.match.id}`).expect(200);
    expect(bodyOf<{ stands: { remaining: number }[] }>(after).stands[0].remaining).toBe(5);
    await context.close();
  });

  it('resets a forgotten password by mail: single use, other sessions end, the new password works', async () => {
    const username = uniqueName('forgetful');
    const email = `${username}@example.org`;
    const elsewhere = await phone(w.browser);
    await registerInBrowser(elsewhere.page, w.url, username, 'old-password-123');

    const { context, page } = await phone(w.browser);
    await page.goto(`${w.url}/login`);
    await page.click('text=Mot de passe oublié ?');
    await page.fill('#f-email', email);
    await page.click('button:has-text("Envoyer le lien")');
    expect(await page.textContent('.notice.ok')).toContain('Si un compte existe');
    await shoot(page, 'password-forgot');
    const mail = await waitForMail(w, email);
    expect(mail.subject).toBe('Réinitialiser votre mot de passe Guichet');
    const link = linksIn(mail.text).find((candidate) => candidate.includes('/password/reset/'));
    expect(link?.startsWith(`${w.url}/password/reset/`)).toBe(true);

    await page.goto(link as string);
    await shoot(page, 'password-reset');
    await page.fill('#f-password', 'new-password-456');
    await page.click('button:has-text("Enregistrer")');
    await page.waitForURL(`${w.url}/password/done`);
    expect(await page.textContent('main')).toContain('Vos autres sessions sont fermées');
    expect(await page.textContent('nav.main')).toContain('Mes billets');

    // The other phone's session ended with the change.
    await elsewhere.page.goto(`${w.url}/me/tickets`);
    expect(new URL(elsewhere.page.url()).pathname).toBe('/login');
    // The link worked once.
    await page.goto(link as string);
    expect(await page.textContent('main')).toContain('Ce lien ne fonctionne plus');

    await elsewhere.page.fill('#f-login', username);
    await elsewhere.page.fill('#f-password', 'old-password-123');
    await elsewhere.page.click('button:has-text("Se connecter")');
    expect(await elsewhere.page.textContent('.notice.bad')).toContain('Identifiant ou mot de passe incorrect');
    await elsewhere.page.fill('#f-password', 'new-password-456');
    await Promise.all([elsewhere.page.waitForURL(`${w.url}/me/tickets`), elsewhere.page.click('button:has-text("Se connecter")')]);
    await elsewhere.context.close();
    await context.close();
  });

  it('lets an invitee open the mailed link and join the club as organizer', async () => {
    const organizer = await registerOrganizer(w.url);
    const email = `${uniqueName('helper')}@example.org`;
    await request(w.url).post(`/api/v1/clubs/${organizer.club.id}/invitations`).set(bearer(organizer)).send({ email }).expect(201);
    const mail = await waitForMail(w, email);
    const link = linksIn(mail.text).find((candidate) => candidate.includes('/invitations/'));
    const { context, page } = await phone(w.browser);
    const opened = await page.goto(link as string);
    expect(opened?.status()).toBe(200);
    await shoot(page, 'invitation');
    const username = uniqueName('helper');
    await page.fill('#f-username', username);
    await page.fill('#f-password', 'helper-password-1');
    const [joined] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('button:has-text("Rejoindre le club")')]);
    expect(joined.status()).toBe(303);
    expect(joined.headers().location).toBe('/admin');
    const me = await request(w.url).post('/api/v1/auth/login').send({ login: username, password: 'helper-password-1' }).expect(200);
    expect(bodyOf<LoggedIn>(me).user).toMatchObject({ role: 'organizer', clubId: organizer.club.id });
    // Used once: the same link now explains it no longer works (a fresh tab: the first one is in the console).
    const again = await context.newPage();
    await again.goto(link as string);
    await again.fill('#f-username', uniqueName('again'));
    await again.fill('#f-password', 'helper-password-1');
    await again.click('button:has-text("Rejoindre le club")');
    expect(await again.textContent('main')).toContain('Cette invitation n’existe pas, a expiré ou a déjà été utilisée');
    await context.close();
  });

  it('lets an invitee who already has an account log in on the invitation page and join the club with it', async () => {
    const organizer = await registerOrganizer(w.url);
    const customer = await registerCustomer(w.url);
    await request(w.url).post(`/api/v1/clubs/${organizer.club.id}/invitations`).set(bearer(organizer)).send({ email: customer.user.email }).expect(201);
    const link = linksIn((await waitForMail(w, customer.user.email)).text).find((candidate) => candidate.includes('/invitations/'));
    const { context, page } = await phone(w.browser);
    await page.goto(link as string);
    await shoot(page, 'invitation-existing');

    /** Types a login and password into the join form and sends it; resolves with the POST's answer. */
    const joinAs = async (login: string, password: string) => {
      await page.fill('#j-login', login);
      await page.fill('#j-password', password);
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.click('button:has-text("Me connecter et rejoindre")'),
      ]);
      return answer;
    };

    // Staff of another club cannot be moved here by a link: they are told why, and the invitation stays usable.
    const otherOrganizer = await registerOrganizer(w.url);
    const refused = await joinAs(otherOrganizer.user.username, 'correct-horse-battery');
    expect(refused.status()).toBe(409);
    expect(await page.textContent('.notice.bad')).toContain('Ce compte ne peut pas rejoindre ce club');

    // A forwarded link does not make its reader an organizer: another address's account is told, nothing changes.
    const reader = await registerCustomer(w.url);
    const forwarded = await joinAs(reader.user.username, 'correct-horse-battery');
    expect(forwarded.status()).toBe(409);
    expect(await page.textContent('.notice.bad')).toContain('Cette invitation a été envoyée à une autre adresse e-mail');
    await shoot(page, 'invitation-other-email');
    const readerNow = await request(w.url).post('/api/v1/auth/login').send({ login: reader.user.username, password: 'correct-horse-battery' }).expect(200);
    expect(bodyOf<LoggedIn>(readerNow).user.role).toBe('customer');

    await joinAs(customer.user.username, 'wrong-password-1');
    expect(await page.textContent('.notice.bad')).toContain('Identifiant ou mot de passe incorrect');
    expect(await page.inputValue('#j-login')).toBe(customer.user.username);

    const joined = await joinAs(customer.user.username, 'correct-horse-battery');
    expect(joined.status()).toBe(303);
    expect(joined.headers().location).toBe('/admin');
    const me = await request(w.url).post('/api/v1/auth/login').send({ login: customer.user.username, password: 'correct-horse-battery' }).expect(200);
    expect(bodyOf<LoggedIn>(me).user).toMatchObject({ id: customer.user.id, role: 'organizer', clubId: organizer.club.id });
    const stillOther = await request(w.url)
      .post('/api/v1/auth/login')
      .send({ login: otherOrganizer.user.username, password: 'correct-horse-battery' })
      .expect(200);
    expect(bodyOf<LoggedIn>(stillOther).user.clubId).toBe(otherOrganizer.club.id);
    await context.close();
  });

  it('lets an invitee already logged in on the web join with one press', async () => {
    const organizer = await registerOrganizer(w.url);
    const { context, page } = await phone(w.browser);
    const username = uniqueName('member');
    await registerInBrowser(page, w.url, username);
    await request(w.url)
      .post(`/api/v1/clubs/${organizer.club.id}/invitations`)
      .set(bearer(organizer))
      .send({ email: `${username}@example.org` })
      .expect(201);
    const link = linksIn((await waitForMail(w, `${username}@example.org`)).text).find((candidate) => candidate.includes('/invitations/'));
    await page.goto(link as string);
    expect(await page.textContent('main')).toContain(`Vous êtes connecté en tant que ${username}.`);
    await shoot(page, 'invitation-logged-in');
    const [joined] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click('button:has-text("Rejoindre avec ce compte")'),
    ]);
    expect(joined.status()).toBe(303);
    expect(joined.headers().location).toBe('/admin');
    const me = await request(w.url).post('/api/v1/auth/login').send({ login: username, password: 'correct-horse-battery' }).expect(200);
    expect((me.body as { user: { role: string; clubId: string } }).user).toMatchObject({ role: 'organizer', clubId: organizer.club.id });
    await context.close();
  });
});

async function waitForMail(w: WebApp, to: string): Promise<{ subject: string; text: string }> {
  const deadline = Date.now() + 15000;
  for (;;) {
    const found = w.t.smtp.messages.find((message) => JSON.stringify(message.to ?? '').includes(to));
    if (found) return { subject: found.subject ?? '', text: found.text ?? '' };
    if (Date.now() > deadline) throw new Error(`no mail to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
