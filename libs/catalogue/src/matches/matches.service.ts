import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, MatchChangedJob, notFound, Page, pageOf, QueueName } from '@guichet/common';
import { assertManagesClub, AuthUser, ClubsService, Role } from '@guichet/users';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { CompetitionsService } from '../competitions/competitions.service';
import { Stand } from '../stands/stand.entity';
import { CreateMatchDto, MatchStandDto } from './dto/create-match.dto';
import { MatchListQuery } from './dto/match-list.query';
import { UpdateMatchDto } from './dto/update-match.dto';
import { MatchEventsPublisher } from './match-events.publisher';
import { MatchStand } from './match-stand.entity';
import { Match } from './match.entity';
import { MatchRow, MatchView, matchView } from './match-view';
import { MATCH_GROUP, MATCH_SELECT } from './matches.query';
import { catalogueError } from '../catalogue.errors';

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly competitions: CompetitionsService,
    @InjectQueue(QueueName.Tickets) private readonly tickets: Queue,
    private readonly clubs: ClubsService,
    private readonly events: MatchEventsPublisher,
  ) {}

  private async views(rows: MatchRow[]): Promise<MatchView[]> {
    const names = await this.clubs.names(rows.map((row) => row.club_id));
    return rows.map((row) => matchView(row, names.get(row.club_id) ?? ''));
  }

  /** Upcoming scheduled matches by default, soonest first, with the seats left per stand. */
  async list(query: MatchListQuery): Promise<Page<MatchView>> {
    const conditions = [`m.status = 'scheduled'`, `m.kickoff_at >= $1`];
    const params: unknown[] = [query.from ?? new Date().toISOString()];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.to) add('m.kickoff_at < ?', query.to);
    if (query.clubId) add('m.club_id = ?', query.clubId);
    if (query.competitionId) add('m.competition_id = ?', query.competitionId);
    if (query.q) {
      const clubIds = await this.clubs.idsNamed(query.q);
      params.push(clubIds, `%${escapeLike(query.q)}%`);
      conditions.push(`(m.club_id = ANY($${params.length - 1}::uuid[]) OR m.opponent ILIKE $${params.length})`);
    }
    const where = `WHERE ${conditions.join(' AND ')}`;
    const [{ total }] = await this.db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM match m ${where}`, params);
    const rows: MatchRow[] = await this.db.query(
      `${MATCH_SELECT} ${where} ${MATCH_GROUP} ORDER BY m.kickoff_at, m.id LIMIT ${query.pageSize} OFFSET ${query.offset}`,
      params,
    );
    return pageOf(await this.views(rows), total, query);
  }

  /** Every upcoming scheduled match, soonest first (for the catalogue export and the bot). */
  async upcoming(limit = 1000): Promise<MatchView[]> {
    const rows: MatchRow[] = await this.db.query(
      `${MATCH_SELECT} WHERE m.status = 'scheduled' AND m.kickoff_at > now() ${MATCH_GROUP} ORDER BY m.kickoff_at, m.id LIMIT $1`,
      [limit],
    );
    return this.views(rows);
  }

  /** Ids of a club's scheduled matches from 12 hours ago on (a match in progress still counts), for the gates' offline lists. */
  async scheduledIdsOfClub(clubId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM match WHERE club_id = $1 AND status = 'scheduled' AND kickoff_at >= now() - interval '12 hours' ORDER BY id`,
      [clubId],
    );
    return rows.map((row) => row.id);
  }

  async get(id: string): Promise<MatchView> {
    const rows: MatchRow[] = await this.db.query(`${MATCH_SELECT} WHERE m.id = $1 ${MATCH_GROUP}`, [id]);
    if (!rows[0]) throw notFound('Match');
    const [match] = await this.views(rows);
    return match;
  }

  async create(caller: AuthUser, dto: CreateMatchDto): Promise<MatchView> {
    const clubId = this.organizerClub(caller);
    const kickoffAt = this.futureKickoff(dto.kickoffAt);
    if (dto.competitionId) await this.competitions.get(dto.competitionId);
    const id = await this.db.transaction(async (manager) => {
      const match = await manager.save(
        manager.create(Match, {
          clubId,
          opponent: dto.opponent,
          kickoffAt,
          venue: dto.venue,
          competitionId: dto.competitionId ?? null,
          status: 'scheduled',
        }),
      );
      await this.openStands(manager, match, dto.stands);
      return match.id;
    });
    const created = await this.get(id);
    // After the commit: followers hear only of a match that exists.
    await this.events.published(created);
    return created;
  }

  async update(caller: AuthUser, id: string, dto: UpdateMatchDto): Promise<MatchView> {
    const match = await this.owned(caller, id);
    if (match.status === 'cancelled') throw catalogueError('match-cancelled');
    if (dto.competitionId) await this.competitions.get(dto.competitionId);
    const was = { kickoffAt: match.kickoffAt.toISOString(), venue: match.venue, opponent: match.opponent };
    await this.db.transaction(async (manager) => {
      if (dto.opponent !== undefined) match.opponent = dto.opponent;
      if (dto.venue !== undefined) match.venue = dto.venue;
      if (dto.competitionId !== undefined) match.competitionId = dto.competitionId;
      if (dto.kickoffAt !== undefined) match.kickoffAt = this.futureKickoff(dto.kickoffAt);
      await manager.save(match);
      if (dto.stands) await this.replaceStands(manager, match, dto.stands);
    });
    // After the commit. What a ticket holder plans around (the day, the time, home or away) is told to the
    // holders by mail (ticketing) and to the followers on Telegram; a renamed opponent only rewrites the order lines.
    const moved = match.kickoffAt.toISOString() !== was.kickoffAt || match.venue !== was.venue;
    if (moved || match.opponent !== was.opponent) {
      const change = `${id}-${Date.now()}`;
      const job: MatchChangedJob = { matchId: id, was: { kickoffAt: was.kickoffAt, venue: was.venue }, moved };
      await this.tickets.add(JobName.MatchChanged, job, { jobId: `match-changed-${change}` });
      if (moved) await this.events.moved({ ...job, clubId: match.clubId, change });
    }
    return this.get(id);
  }

  /**
   * A match nobody holds seats for is deleted. Once seats are held or sold it is cancelled instead:
   * ticketing voids its tickets, refunds the buyers and mails them (a durable job, so nothing is lost).
   */
  async remove(caller: AuthUser, id: string): Promise<{ cancelled: boolean }> {
    await this.owned(caller, id);
    const cancelled = await this.db.transaction(async (manager) => {
      const [{ sold }] = await manager.query<{ sold: boolean }[]>('SELECT EXISTS (SELECT 1 FROM match_stand WHERE match_id = $1 AND reserved > 0) AS sold', [
        id,
      ]);
      if (!sold) {
        await manager.delete(MatchStand, { matchId: id });
        await manager.delete(Match, { id });
        return false;
      }
      await manager.update(Match, { id }, { status: 'cancelled' });
      return true;
    });
    if (cancelled) await this.tickets.add(JobName.CancelMatchOrders, { matchId: id }, { jobId: `cancel-match-${id}` });
    return { cancelled };
  }

  private organizerClub(caller: AuthUser): string {
    if (caller.role !== Role.Organizer || !caller.clubId) throw catalogueError('organizer-only');
    return caller.clubId;
  }

  private futureKickoff(iso: string): Date {
    const kickoffAt = new Date(iso);
    if (kickoffAt.getTime() <= Date.now()) {
      throw catalogueError('validation', 'The kickoff must be in the future.', {
        errors: [{ field: 'kickoffAt', message: 'kickoffAt must be in the future' }],
      });
    }
    return kickoffAt;
  }

  private async owned(caller: AuthUser, id: string): Promise<Match> {
    const match = await this.db.manager.findOneBy(Match, { id });
    if (!match) throw notFound('Match');
    assertManagesClub(caller, match.clubId);
    return match;
  }

  private async clubStands(manager: EntityManager, clubId: string, wanted: MatchStandDto[]): Promise<Map<string, Stand>> {
    const ids = wanted.map((stand) => stand.standId);
    if (new Set(ids).size !== ids.length) throw catalogueError('duplicate-stand');
    const stands = await manager.findBy(
      Stand,
      ids.map((standId) => ({ id: standId, clubId })),
    );
    const byId = new Map(stands.map((stand) => [stand.id, stand]));
    const foreign = ids.filter((standId) => !byId.has(standId));
    if (foreign.length > 0) {
      throw catalogueError('unknown-stand', `These stands are not stands of your club: ${foreign.join(', ')}`);
    }
    return byId;
  }

  private inventoryRow(match: Match, stand: Stand, wanted: MatchStandDto, index: number): Partial<MatchStand> {
    const quota = wanted.quota ?? stand.capacity;
    if (quota > stand.capacity) {
      throw catalogueError('validation', 'A quota exceeds the stand capacity.', {
        errors: [{ field: `stands.${index}.quota`, message: `quota must not exceed the capacity of ${stand.name} (${stand.capacity})` }],
      });
    }
    return {
      matchId: match.id,
      standId: stand.id,
      priceAmount: wanted.price?.amount ?? stand.priceAmount,
      priceCurrency: wanted.price?.currency ?? stand.priceCurrency,
      quota,
    };
  }

  private async openStands(manager: EntityManager, match: Match, wanted: MatchStandDto[]): Promise<void> {
    const stands = await this.clubStands(manager, match.clubId, wanted);
    const rows = wanted.map((entry, index) => ({ ...this.inventoryRow(match, stands.get(entry.standId) as Stand, entry, index), reserved: 0 }));
    await manager.insert(MatchStand, rows);
  }

  /** New quota never below what is already held or sold; a stand with sales cannot be closed. */
  private async replaceStands(manager: EntityManager, match: Match, wanted: MatchStandDto[]): Promise<void> {
    const stands = await this.clubStands(manager, match.clubId, wanted);
    const keep = wanted.map((entry) => entry.standId);
    await manager.query('DELETE FROM match_stand WHERE match_id = $1 AND reserved = 0 AND NOT (stand_id = ANY($2))', [match.id, keep]);
    const [{ stuck }] = await manager.query<{ stuck: number }[]>(
      'SELECT count(*)::int AS stuck FROM match_stand WHERE match_id = $1 AND NOT (stand_id = ANY($2))',
      [match.id, keep],
    );
    if (stuck > 0) throw catalogueError('stand-has-tickets');
    for (const [index, entry] of wanted.entries()) {
      const row = this.inventoryRow(match, stands.get(entry.standId) as Stand, entry, index);
      const updated = await manager.query<unknown[]>(
        `INSERT INTO match_stand (match_id, stand_id, price_amount, price_currency, quota, reserved)
         VALUES ($1, $2, $3, $4, $5, 0)
         ON CONFLICT (match_id, stand_id) DO UPDATE SET price_amount = $3, price_currency = $4, quota = $5
         WHERE match_stand.reserved <= $5
         RETURNING 1`,
        [row.matchId, row.standId, row.priceAmount, row.priceCurrency, row.quota],
      );
      if (updated.length === 0) {
        const { name } = stands.get(entry.standId) as Stand;
        throw catalogueError('quota-below-sold', `More seats are already held or sold in ${name} than ${row.quota}.`, {
          errors: [{ field: `stands.${index}.quota`, message: 'quota must not be below the seats already held or sold' }],
        });
      }
    }
  }
}
