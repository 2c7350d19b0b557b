import { getQueueToken } from '@nestjs/bullmq';
import type { MatchMovedJob } from '@guichet/common';
import { JobName, QueueName } from '@guichet/common';
import type { Queue } from 'bullmq';
import request from 'supertest';
import type { FakeStripe } from './fakes/stripe';
import { startFakeStripe } from './fakes/stripe';
import type { Session } from './support/accounts';
import { bearer, registerCustomer } from './support/accounts';
import { bodyOf } from './support/body';
import { eventually } from './support/eventually';
import { buySeats, holdSeats } from './support/paid-order';
import { sellingClub, stripeEnv } from './support/selling-club';
import type { BotWorld } from './telegram/bot-harness';
import { buttonsOf, linkTelegram, nextTo, startBotWorld, telegramId } from './telegram/bot-harness';

jest.setTimeout(180_000);

const isMove = (text: string) => /^📅 (Match déplacé|Match moved)/.test(text);

describe('ticket holders who linked Telegram hear in the bot that their match moved', () => {
  let world: BotWorld;
  let stripe: FakeStripe;

  beforeAll(async () => {
    stripe = await startFakeStripe();
    world = await startBotWorld(stripeEnv(stripe));
  });
  afterAll(async () => {
    await world?.close();
    await stripe?.close();
  });

  /** Nothing waiting, running or delayed in the queue: what it had to do is done. */
  const drained = (queue: Queue, what: string) =>
    eventually(
      async () => {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(counts).every((count) => count === 0);
      },
      30000,
      what,
    );

  /** Someone writes to the bot for the first time, their Telegram in `language`. */
  async function greets(chat: number, language = 'fr'): Promise<void> {
    world.telegram.userSays(chat, '/start', { languageCode: language });
    await nextTo(world.telegram, chat, 0, 'the greeting');
  }

  /** A web buyer who talks to the bot and linked it with the code of their account page. */
  async function linkedChat(buyer: Session, language = 'fr'): Promise<number> {
    const chat = telegramId();
    await greets(chat, language);
    await linkTelegram(world, buyer, chat);
    return chat;
  }

  it('tells each linked holder once, in their language, that their tickets stay valid; not the unlinked, unpaid or stopped', async () => {
    const { telegram, app } = world;
    const club = await sellingClub(app.url, stripe, 20);
    const events = app.app.get<Queue<MatchMovedJob>>(getQueueToken(QueueName.ContentEvents));
    const deliveries = app.app.get<Queue>(getQueueToken(QueueName.TelegramDeliveries));
    const moveTo = async (kickoffAt: string) => {
      await request(app.url).patch(`/api/v1/matches/${club.match.id}`).set(bearer(club.organizer)).send({ kickoffAt }).expect(200);
      await drained(events, 'the move told to the bot');
    };
    // Sat 8 May 2027, 15:00 in Brussels (summer time), before anyone holds a ticket: nobody to tell.
    await moveTo('2027-05-08T13:00:00.000Z');
    const clubName = bodyOf<{ club: { name: string } }>(await request(app.url).get(`/api/v1/matches/${club.match.id}`).expect(200)).club.name;

    const english = await buySeats(app.url, stripe, club.match.id, club.stand.id);
    const englishChat = await linkedChat(english.buyer, 'en');

    // A holder who also follows the club (from the match screen in the bot).
    const fan = await buySeats(app.url, stripe, club.match.id, club.stand.id, 2);
    const fanChat = await linkedChat(fan.buyer);
    const menu = await nextTo(telegram, fanChat, 0, 'a message to open the match from', (m) => m.text.startsWith('Bonjour'));
    telegram.userPresses(fanChat, `mt:${club.match.id}`, { messageId: menu.message_id });
    const screen = await eventually(
      () => telegram.message(fanChat, menu.message_id)?.text.includes('Choisissez une tribune') && telegram.message(fanChat, menu.message_id),
      15000,
      'the match screen',
    );
    expect(buttonsOf(screen).some((b) => b.callback_data === `fo:${club.organizer.club.id}`)).toBe(true);
    telegram.userPresses(fanChat, `fo:${club.organizer.club.id}`, { messageId: screen.message_id });
    await eventually(() => telegram.message(fanChat, screen.message_id)?.text.startsWith(`Vous suivez ${clubName}`), 15000, 'the follow');

    // Talks to the bot, never linked it: the bot does not know these tickets are theirs.
    const unlinked = await buySeats(app.url, stripe, club.match.id, club.stand.id);
    const unlinkedChat = telegramId();
    await greets(unlinkedChat);

    // Linked, but only a hold never paid: no ticket.
    const waiting = await registerCustomer(app.url);
    await holdSeats(app.url, waiting, club.match.id, club.stand.id);
    const waitingChat = await linkedChat(waiting);

    // Linked holder who sent /stop.
    const quitter = await buySeats(app.url, stripe, club.match.id, club.stand.id);
    const quitterChat = await linkedChat(quitter.buyer);
    const beforeStop = telegram.to(quitterChat).length;
    telegram.userSays(quitterChat, '/stop');
    await nextTo(telegram, quitterChat, beforeStop, 'the stop', (m) => m.text.includes('ne recevrez plus'));

    await moveTo('2027-05-08T17:00:00.000Z');
    const englishMove = await nextTo(telegram, englishChat, 0, 'the English holder told', (m) => isMove(m.text));
    expect(englishMove.text).toBe(
      `📅 Match moved: ${clubName} – FC Uccle Sport, Sat, 8 May 2027, 19:00 (was Sat, 8 May 2027, 15:00)\nYour tickets remain valid.`,
    );
    expect(buttonsOf(englishMove)[0]?.callback_data).toBe(`mt:${club.match.id}`);
    const fanMove = await nextTo(telegram, fanChat, 0, 'the following holder told', (m) => isMove(m.text));
    expect(fanMove.text).toBe(
      `📅 Match déplacé : ${clubName} – FC Uccle Sport, sam. 8 mai 2027, 19:00 (au lieu de sam. 8 mai 2027, 15:00)\nVos billets restent valables.`,
    );

    // The move's fan-out run again (a retry after a crash) tells nobody a second time.
    const [original] = (await events.getJobs(['completed'])).filter(
      (job) => job.name === (JobName.MatchMoved as string) && job.data.matchId === club.match.id && job.data.was.kickoffAt === '2027-05-08T13:00:00.000Z',
    );
    await original.retry('completed');
    await eventually(async () => (await events.getJobState(original.id ?? '')) === 'completed', 15000, 'the replayed fan-out');
    await drained(deliveries, 'the Telegram deliveries');

    // The unlinked holder still gets the mail; by then the bot's deliveries of this move are all done.
    const mailsTo = (address: string) => app.smtp.messages.filter((m) => JSON.stringify(m.to).includes(address) && m.subject?.includes('Match déplacé'));
    await eventually(() => mailsTo(unlinked.buyer.user.email)[0], 15000, 'the unlinked holder’s mail');
    expect(telegram.to(englishChat).filter((m) => isMove(m.text))).toHaveLength(1);
    expect(telegram.to(fanChat).filter((m) => isMove(m.text))).toHaveLength(1);
    expect(telegram.to(unlinkedChat).filter((m) => isMove(m.text))).toHaveLength(0);
    expect(telegram.to(waitingChat).filter((m) => isMove(m.text))).toHaveLength(0);
    expect(telegram.to(quitterChat).filter((m) => isMove(m.text))).toHaveLength(0);

    // Turning the notifications back on (what the /stop answer points to) ends the silence: the next move reaches them.
    const beforeResume = telegram.to(quitterChat).length;
    telegram.userSays(quitterChat, '/notifications');
    const settings = await nextTo(telegram, quitterChat, beforeResume, 'the notification settings', (m) => m.text.includes('nouveautés'));
    telegram.userPresses(quitterChat, 'sub:1', { messageId: settings.message_id });
    await eventually(() => telegram.message(quitterChat, settings.message_id)?.text.startsWith('C’est noté : vous recevrez'), 15000, 'notifications back on');
    await moveTo('2027-05-09T13:00:00.000Z');
    const resumed = await nextTo(telegram, quitterChat, 0, 'the resumed holder told', (m) => isMove(m.text));
    expect(resumed.text).toContain('(au lieu de sam. 8 mai 2027, 19:00)\nVos billets restent valables.');
  });
});
