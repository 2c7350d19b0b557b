import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Attendance } from '../../core/api/models';
import { SessionService } from '../../core/auth/session.service';
import { StateView } from '../../shared/states';
import { coalesce, liveStream } from './live-stream';

/** Only while the live stream is down: the stream is what keeps the numbers current. */
const FALLBACK_POLL_MS = 30_000;
/**
 * Even while live, a reload every 10 polls (5 min): live events are fire and forget, and one lost (Redis
 * restarting, a publish that failed) should not leave the numbers stale until the next sale or scan.
 */
const POLLS_PER_SAFETY_RELOAD = 10;

/** Sold vs checked in, per stand: reloaded when the server says a ticket of this match was sold, voided or admitted. */
@Component({
  selector: 'app-attendance',
  imports: [TranslocoPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.cards { margin-bottom: 16px; } progress { width: 100%; min-width: 56px; height: 12px; } td.bar { width: 30%; }
    .live { color: #5a5a66; margin: 0 0 16px; } .live.on span { color: var(--ok); } .live.off span { color: var(--wait); }`,
  template: `
    <div class="page">
      <h1>{{ 'attendance.title' | transloco }}</h1>
      <p class="live" [class.on]="live() === 'on'" [class.off]="live() === 'off'" role="status" [attr.data-live]="live()">
        <span aria-hidden="true">{{ live() === 'on' ? '●' : '○' }}</span> {{ 'live.' + live() | transloco }}
      </p>
      <app-state [loading]="attendance.isLoading() && !attendance.hasValue()" [error]="attendance.error()" (retry)="attendance.reload()" />
      @if (attendance.hasValue()) {
        @let a = attendance.value();
        <div class="cards" aria-live="polite">
          <div class="card"><div class="stat-value" data-total="checkedIn">{{ a.checkedIn }}</div><div class="stat-label">{{ 'attendance.checkedIn' | transloco }}</div></div>
          <div class="card"><div class="stat-value" data-total="sold">{{ a.sold }}</div><div class="stat-label">{{ 'attendance.sold' | transloco }}</div></div>
        </div>
        <div class="table-wrap"><table class="data">
          <thead><tr><th>{{ 'stands.name' | transloco }}</th><th class="num">{{ 'attendance.checkedIn' | transloco }}</th><th class="num">{{ 'attendance.sold' | transloco }}</th><th></th></tr></thead>
          <tbody>
            @for (stand of a.byStand; track stand.standId) {
              <tr><td>{{ stand.name }}</td><td class="num">{{ stand.checkedIn }}</td><td class="num">{{ stand.sold }}</td>
                <td class="bar"><progress [value]="stand.checkedIn" [max]="stand.sold || 1" [attr.aria-label]="stand.name"></progress></td></tr>
            }
          </tbody>
        </table></div>
      }
    </div>
  `,
})
export class AttendancePage {
  readonly matchId = input.required<string>();
  protected readonly attendance = httpResource<Attendance>(() => `/api/v1/matches/${this.matchId()}/attendance`);
  private readonly session = inject(SessionService);
  private readonly reload = coalesce(() => this.attendance.reload());
  protected readonly live = liveStream(
    () => this.session.user()?.clubId,
    (message) => {
      // On (re)connection too: events may have been missed while the stream was down.
      if (message.type === 'ready' || (message.type === 'attendance' && message.data.matchId === this.matchId())) this.reload();
    },
  );

  constructor() {
    let polls = 0;
    const timer = setInterval(() => {
      if (this.live() !== 'on' || ++polls % POLLS_PER_SAFETY_RELOAD === 0) this.attendance.reload();
    }, FALLBACK_POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
