import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { problemMessage } from '../../core/problem';
import { WhenPipe } from '../../shared/format';
import { StateView } from '../../shared/states';
import { coalesce, liveStream } from './live-stream';

interface Gate {
  id: string;
  name: string;
  online: boolean;
  lastSeenAt: string | null;
  doorState: string;
}

/** Only while the live stream is down: the stream is what keeps the states current. */
const FALLBACK_POLL_MS = 30_000;

/** The club's gates, their device key shown once at creation; online and door state pushed by the server. */
@Component({
  selector: 'app-gates',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, WhenPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.live { color: #5a5a66; margin: 0 0 16px; } .live.on span { color: var(--ok); } .live.off span { color: var(--wait); }
    section { margin-bottom: 16px; } .error { color: var(--bad); } .notice { background: #fff1d6; color: #5c3c00; padding: 8px 12px; border-radius: 8px; }`,
  template: `
    <div class="page">
      <h1>{{ 'gates.title' | transloco }}</h1>
      <p class="live" [class.on]="live() === 'on'" [class.off]="live() === 'off'" role="status" [attr.data-live]="live()">
        <span aria-hidden="true">{{ live() === 'on' ? '●' : '○' }}</span> {{ 'live.' + live() | transloco }}
      </p>
      <section class="card">
        <form class="toolbar-row" (ngSubmit)="create()">
          <mat-form-field appearance="outline" class="grow">
            <mat-label>{{ 'gates.name' | transloco }}</mat-label>
            <input matInput name="name" required [(ngModel)]="name" />
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="busy() || !name.trim()">{{ 'common.create' | transloco }}</button>
        </form>
        @if (error()) { <p class="error" role="alert">{{ error()! | transloco }}</p> }
        @if (deviceKey(); as key) { <p class="notice" role="status">{{ 'gates.keyOnce' | transloco }}</p><p class="secret">{{ key }}</p> }
      </section>
      <app-state [loading]="gates.isLoading() && !gates.hasValue()" [error]="gates.error()" (retry)="gates.reload()"
                 [empty]="gates.hasValue() && gates.value().length === 0" emptyText="gates.empty" />
      @if (gates.hasValue() && gates.value().length > 0) {
        <div class="table-wrap"><table class="data">
          <thead><tr><th>{{ 'gates.name' | transloco }}</th><th>{{ 'gates.status' | transloco }}</th><th>{{ 'gates.door' | transloco }}</th><th>{{ 'gates.lastSeen' | transloco }}</th></tr></thead>
          <tbody>
            @for (gate of gates.value(); track gate.id) {
              <tr><td>{{ gate.name }}</td>
                <td><span class="badge" [class.ok]="gate.online" [class.bad]="!gate.online">{{ (gate.online ? 'gates.online' : 'gates.offline') | transloco }}</span></td>
                <td>{{ 'gates.doors.' + gate.doorState | transloco }}</td><td>{{ gate.lastSeenAt | when }}</td></tr>
            }
          </tbody>
        </table></div>
      }
    </div>
  `,
})
export class GatesPage {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionService);
  private readonly clubId = computed(() => this.session.user()?.clubId);
  protected readonly gates = httpResource<Gate[]>(() => `/api/v1/clubs/${this.clubId()}/gates`);
  protected name = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly deviceKey = signal<string | null>(null);
  private readonly reload = coalesce(() => this.gates.reload());
  // Any gate event (or a reconnection, after which events may have been missed) reloads the list.
  protected readonly live = liveStream(this.clubId, (message) => {
    if (message.type === 'ready' || message.type === 'gate') this.reload();
  });

  constructor() {
    const timer = setInterval(() => {
      if (this.live() !== 'on') this.gates.reload();
    }, FALLBACK_POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected async create(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const created = await firstValueFrom(this.http.post<{ deviceKey: string }>(`/api/v1/clubs/${this.clubId()}/gates`, { name: this.name.trim() }));
      this.deviceKey.set(created.deviceKey);
      this.name = '';
      this.gates.reload();
    } catch (error) {
      this.error.set(problemMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
