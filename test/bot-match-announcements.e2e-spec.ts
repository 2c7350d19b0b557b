import { getQueueToken } from '@nestjs/bullmq';
import { JobName, QueueName } from '@guichet/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { bearer, registerOrganizer } from './support/accounts';
import type { Organizer } from './support/club-fixtures';
import { createMatch, createStand } from './support/club-fixtures';
import { eventually } from './support/eventually';
import type { BotWorld } from './telegram/bot-harness';
import { buttonsOf, nextTo, startBotWorld, telegramId } from './telegram/bot-harness';

jest.setTimeout(120_000);

const isMatchNews = (text: string) => text.startsWith('⚽ Nouveau match');

describe('new matches announced in Telegram to the followers of a club', () => {
  let world: BotWorld;

  beforeAll(async () => {
    world = await startBotWorld();
  });
  afterAll(() => world?.close());

  /** Opens the match in the bot (menu → match) and returns the message that shows it. */
  async function openMatch(chat: number, matchId: string) {
    const { telegram } = world;
    const seen = telegram.to(chat).length;
    telegram.userSays(chat, '/start');
    const menu = await nextTo(telegram, chat, seen, 'the greeting', (m) => m.text.startsWith('Bonjour'));
    telegram.userPresses(chat, `mt:${matchId}`, { messageId: menu.message_id });
    return eventually(
      () => telegram.message(chat, menu.message_id)?.text.includes('Choisissez une tribune') && telegram.message(chat, menu.message_id),
      15000,
      'the match',
    );
  }

  it('tells each follower once, through the delivery queue, not the others; unfollowing stops it', async () => {
    const { telegram } = world;
    const organizer = (await registerOrganizer(world.app.url)) as Organizer;
    const stand = await createStand(world.app.url, organizer);
    const first = await createMatch(world.app.url, organizer, [{ standId: stand.id }], { opponent: 'RSC Premier' });
    const [club]: { name: string }[] = await world.app.app.get(DataSource).query('SELECT name FROM club WHERE id = $1', [organizer.club.id]);
    const clubName = club.name;

    const fan = telegramId();
    const other = telegramId();
    const screen = await openMatch(fan, first.id);
    const follow = buttonsOf(screen).find((b) => b.callback_data === `fo:${organizer.club.id}`);
    expect(follow?.text).toBe(`🔔 Suivre ${clubName}`);
    telegram.userPresses(fan, follow?.callback_data ?? '', { messageId: screen.message_id });
    const followed = await eventually(
      () => telegram.message(fan, screen.message_id)?.text.startsWith(`Vous suivez ${clubName}`) && telegram.message(fan, screen.message_id),
      15000,
      'the follow',
    );
    expect(buttonsOf(followed).find((b) => b.callback_data === `uf:${organizer.club.id}`)?.text).toBe(`🔕 Ne plus suivre ${clubName}`);
    await openMatch(other, first.id);

    const second = await createMatch(world.app.url, organizer, [{ standId: stand.id, price: { amount: 1200, currency: 'EUR' } }], {
      opponent: 'Olympic Deuxième',
    });
    const news = await nextTo(telegram, fan, 0, 'the new match announcement', (m) => isMatchNews(m.text) && m.text.includes('Olympic Deuxième'));
    expect(news.text).toMatch(new RegExp(`^⚽ Nouveau match : ${clubName} – Olympic Deuxième, .+ — dès 12,00 €$`));
    expect(buttonsOf(news)[0]?.callback_data).toBe(`mt:${second.id}`);

    // The same event queued again (a retry, a duplicate) adds nothing: same job ids, and the delivery log.
    const events = world.app.app.get<Queue>(getQueueToken(QueueName.ContentEvents));
    const replay = await events.add(JobName.MatchPublished, { matchId: second.id, clubId: organizer.club.id }, { jobId: `match-published-${second.id}-again` });
    await eventually(async () => (await events.getJob(replay.id as string))?.finishedOn !== undefined, 15000, 'the replayed fan-out');
    const deliveries = world.app.app.get<Queue>(getQueueToken(QueueName.TelegramDeliveries));
    const pending = async () => {
      const job = await deliveries.getJob(`announce-match-${second.id}-${fan}`);
      return job !== undefined && job.finishedOn === undefined;
    };
    await eventually(async () => !(await pending()), 15000, 'no delivery left for the fan');
    expect(telegram.to(fan).filter((m) => isMatchNews(m.text) && m.text.includes('Olympic Deuxième'))).toHaveLength(1);
    expect(telegram.to(other).filter((m) => isMatchNews(m.text))).toHaveLength(0);

    // The match moves: its followers are told what it is now and when it was, once; the others hear nothing.
    const moved = (text: string) => text.startsWith('📅 Match déplacé');
    await request(world.app.url).patch(`/api/v1/matches/${second.id}`).set(bearer(organizer)).send({ kickoffAt: '2027-04-10T13:00:00.000Z' }).expect(200);
    const move = await nextTo(telegram, fan, 0, 'the match moved message', (m) => moved(m.text));
    expect(move.text).toMatch(new RegExp(`^📅 Match déplacé : ${clubName} – Olympic Deuxième, sam\\. 10 avril 2027, 15:00 \\(au lieu de .+\\)$`));
    expect(buttonsOf(move)[0]?.callback_data).toBe(`mt:${second.id}`);
    await request(world.app.url).patch(`/api/v1/matches/${second.id}`).set(bearer(organizer)).send({ venue: 'away' }).expect(200);
    const away = await nextTo(telegram, fan, 0, 'the venue change', (m) => moved(m.text) && m.text.includes('extérieur'));
    expect(away.text).toBe(`📅 Match déplacé : ${clubName} – Olympic Deuxième, sam. 10 avril 2027, 15:00, à l’extérieur`);
    expect(telegram.to(fan).filter((m) => moved(m.text))).toHaveLength(2);
    expect(telegram.to(other).filter((m) => moved(m.text))).toHaveLength(0);

    // /notifications lists the followed club with a button to stop.
    const beforeSettings = telegram.to(fan).length;
    telegram.userSays(fan, '/notifications');
    const settings = await nextTo(telegram, fan, beforeSettings, 'the notification settings', (m) => m.text.includes('Nouveaux matchs de'));
    expect(settings.text).toContain(`Nouveaux matchs de : ${clubName}.`);
    expect(buttonsOf(settings).find((b) => b.callback_data === `nuf:${organizer.club.id}`)?.text).toBe(`🔕 Ne plus suivre ${clubName}`);

    // Unfollow from the announcement's match screen: the next match reaches a remaining follower, not this fan.
    const again = await openMatch(fan, second.id);
    telegram.userPresses(fan, `uf:${organizer.club.id}`, { messageId: again.message_id });
    await eventually(() => telegram.message(fan, again.message_id)?.text.startsWith(`Vous ne suivez plus ${clubName}`), 15000, 'the unfollow');
    const witness = telegramId();
    const witnessScreen = await openMatch(witness, second.id);
    telegram.userPresses(witness, `fo:${organizer.club.id}`, { messageId: witnessScreen.message_id });
    await eventually(() => telegram.message(witness, witnessScreen.message_id)?.text.startsWith('Vous suivez'), 15000, 'the witness follows');
    await createMatch(world.app.url, organizer, [{ standId: stand.id }], { opponent: 'Union Troisième' });
    // The fan is no longer among the followers the fan-out reads: once the witness has it, nothing is queued for them.
    await nextTo(telegram, witness, 0, 'the announcement to the remaining follower', (m) => isMatchNews(m.text) && m.text.includes('Union Troisième'));
    expect(telegram.to(fan).filter((m) => m.text.includes('Union Troisième'))).toHaveLength(0);

    // The witness leaves from /notifications: the club is gone from the list.
    const beforeWitness = telegram.to(witness).length;
    telegram.userSays(witness, '/notifications');
    const witnessSettings = await nextTo(telegram, witness, beforeWitness, 'the witness settings', (m) => m.text.includes('Nouveaux matchs de'));
    telegram.userPresses(witness, `nuf:${organizer.club.id}`, { messageId: witnessSettings.message_id });
    const left = await eventually(
      () =>
        telegram.message(witness, witnessSettings.message_id)?.text.startsWith(`Vous ne suivez plus ${clubName}`) &&
        telegram.message(witness, witnessSettings.message_id),
      15000,
      'the unfollow from settings',
    );
    expect(left.text).not.toContain('Nouveaux matchs de');
    expect(buttonsOf(left).some((b) => b.callback_data?.startsWith('nuf:'))).toBe(false);

    // /stop stops everything, followed clubs included, and says which.
    const quitter = telegramId();
    const quitterScreen = await openMatch(quitter, second.id);
    telegram.userPresses(quitter, `fo:${organizer.club.id}`, { messageId: quitterScreen.message_id });
    await eventually(() => telegram.message(quitter, quitterScreen.message_id)?.text.startsWith('Vous suivez'), 15000, 'the quitter follows');
    const beforeStop = telegram.to(quitter).length;
    telegram.userSays(quitter, '/stop');
    const stopped = await nextTo(telegram, quitter, beforeStop, 'the stop', (m) => m.text.includes('ne recevrez plus'));
    expect(stopped.text).toContain(`vous ne suivez plus ${clubName}`);
    const beforeCheck = telegram.to(quitter).length;
    telegram.userSays(quitter, '/notifications');
    const after = await nextTo(telegram, quitter, beforeCheck, 'the settings after /stop', (m) => m.text.length > 0);
    expect(after.text).not.toContain('Nouveaux matchs de');
  });
});
