import { BeforeApplicationShutdown, Injectable, Logger, MessageEvent } from '@nestjs/common';
import { MatchesService } from '@guichet/catalogue';
import { assertManagesClub, AuthUser, ClubsService, Role } from '@guichet/users';
import { defer, EMPTY, filter, interval, map, merge, Observable, Subject, takeUntil, timer } from 'rxjs';
import { LiveBus } from './live-bus.service';

/** Often enough that proxies and the browser keep an idle stream open, and a dead one is noticed. */
const PING_MS = 20_000;
/** A match's club never changes: remembered once looked up (bounded, cleared when full). */
const MAX_CACHED_MATCHES = 10_000;
/**
 * Admissions are told once per match per window: a screen reloads the counts on an event, so one per burst
 * is enough, and at the entrance's rate a Redis publish per scan cost more than the scan's own statement.
 */
const ATTENDANCE_WINDOW_MS = 250;

/** The club-scoped stream the console's attendance and gates screens listen to, and what feeds it. */
@Injectable()
export class LiveService implements BeforeApplicationShutdown {
  private readonly closing = new Subject<void>();
  private readonly logger = new Logger('Live');
  private readonly matchClubs = new Map<string, string>();
  /** Matches with admissions not yet told, with their club when the scanner knew it. */
  private readonly admittedMatches = new Map<string, string | null>();
  private attendanceTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly bus: LiveBus,
    private readonly matches: MatchesService,
    private readonly clubs: ClubsService,
  ) {}

  /**
   * Checked before the stream opens: another club's organizer gets 403 and an admin naming no club 404, never an
   * empty stream left open.
   */
  async stream(caller: AuthUser, clubId: string): Promise<Observable<MessageEvent>> {
    assertManagesClub(caller, clubId);
    if (caller.role === Role.Admin) await this.clubs.get(clubId);
    const events = this.bus.events.pipe(
      filter((event) => event.clubId === clubId),
      map(({ clubId: _club, type, ...data }): MessageEvent => ({ type, data })),
    );
    const pings = interval(PING_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: {} })));
    // `ready` once the bus listens (subscribing to `events` first opens it): nothing said after it is missed.
    const ready = defer(() => this.bus.listening()).pipe(map((): MessageEvent => ({ type: 'ready', data: {} })));
    // The stream ends when the token that opened it does: the console reconnects with a fresh one, and a
    // revoked or demoted account stops hearing the club within a token's lifetime.
    const expiry = caller.tokenExpiresAt ? timer(new Date(caller.tokenExpiresAt)) : EMPTY;
    return merge(events, ready, pings).pipe(takeUntil(merge(this.closing, expiry)));
  }

  /** Open streams end before the HTTP server closes, which would otherwise wait for them forever. */
  beforeApplicationShutdown(): void {
    clearTimeout(this.attendanceTimer);
    this.closing.next();
    this.closing.complete();
  }

  /**
   * A ticket was admitted: told within ATTENDANCE_WINDOW_MS, once for all the match's admissions in that window.
   * `clubId` is unknown when a platform admin scanned without a gate. Never throws and is not awaited by the
   * scan: a screen that misses an event catches up with its slow poll.
   */
  admitted(matchId: string, clubId: string | null): void {
    this.admittedMatches.set(matchId, clubId ?? this.admittedMatches.get(matchId) ?? null);
    this.attendanceTimer ??= setTimeout(() => this.tellAdmissions(), ATTENDANCE_WINDOW_MS);
  }

  private tellAdmissions(): void {
    this.attendanceTimer = undefined;
    const matches = [...this.admittedMatches];
    this.admittedMatches.clear();
    for (const [matchId, clubId] of matches) {
      const club = clubId ? Promise.resolve(clubId) : this.clubOfMatch(matchId);
      club.then(
        (id) => this.bus.publish({ type: 'attendance', clubId: id, matchId }),
        (error: unknown) => this.logger.warn(`attendance event not sent: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  }

  gateChanged(gateId: string, clubId: string): void {
    this.bus.publish({ type: 'gate', clubId, gateId });
  }

  private async clubOfMatch(matchId: string): Promise<string> {
    const known = this.matchClubs.get(matchId);
    if (known) return known;
    const match = await this.matches.get(matchId);
    if (this.matchClubs.size >= MAX_CACHED_MATCHES) this.matchClubs.clear();
    this.matchClubs.set(matchId, match.club.id);
    return match.club.id;
  }
}
