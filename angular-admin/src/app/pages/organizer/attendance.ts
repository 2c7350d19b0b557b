import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Attendance } from '../../core/api/models';
import { StateView } from '../../shared/states';

const POLL_MS = 3000;

/** Sold vs checked in, per stand, refreshed every few seconds while the page is open (polling, not push). */
@Component({
  selector: 'app-attendance',
  imports: [TranslocoPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.cards { margin-bottom: 16px; } progress { width: 100%; height: 12px; }`,
  template: `
    <div class="page">
      <h1>{{ 'attendance.title' | transloco }}</h1>
      <p class="muted">{{ 'attendance.live' | transloco }}</p>
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
                <td><progress [value]="stand.checkedIn" [max]="stand.sold || 1" [attr.aria-label]="stand.name"></progress></td></tr>
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

  constructor() {
    const timer = setInterval(() => this.attendance.reload(), POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
