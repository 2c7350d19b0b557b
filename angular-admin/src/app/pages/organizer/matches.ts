import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Competition, CreateMatch, Match, Page, Stand } from '../../core/api/models';
import { SessionService } from '../../core/auth/session.service';
import { MoneyPipe, WhenPipe } from '../../shared/format';
import { StateView } from '../../shared/states';
import { brusselsToIso } from '../../shared/brussels-time';
import { KickoffField } from './kickoff-field';
import { MatchEdit } from './match-edit';
import { FormAction } from '../../shared/form-action';

/** The club's upcoming matches: create one with its stands, edit one, cancel one (refunds spelled out first). */
@Component({
  selector: 'app-matches',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, RouterLink, TranslocoPipe, MoneyPipe, WhenPipe, StateView, MatchEdit, KickoffField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.form-grid { align-items: start; } .competition { display: block; font-size: .85rem; } .ok { color: var(--ok); } .error { color: var(--bad); } section { margin-bottom: 16px; } .stand-pick { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }`,
  template: `
    <div class="page">
      <h1>{{ 'matches.title' | transloco }}</h1>
      <section class="card">
        <form (ngSubmit)="create()">
          <div class="form-grid">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'matches.opponent' | transloco }}</mat-label>
              <input matInput name="opponent" required [(ngModel)]="opponent" />
              @if (errors()['opponent']) { <mat-error>{{ errors()['opponent'] }}</mat-error> }
            </mat-form-field>
            <app-kickoff-field name="kickoff" [(value)]="kickoff" [apiError]="errors()['kickoffAt']" />
            <mat-form-field appearance="outline">
              <mat-label>{{ 'matches.venue' | transloco }}</mat-label>
              <mat-select name="venue" [(ngModel)]="venue"><mat-option value="home">{{ 'matches.home' | transloco }}</mat-option><mat-option value="away">{{ 'matches.away' | transloco }}</mat-option></mat-select>
            </mat-form-field>
          </div>
          <p class="muted">{{ 'matches.stands' | transloco }}</p>
          <div class="stand-pick">
            @if (stands.hasValue() && stands.value().length === 0) { <span>{{ 'matches.needStand' | transloco }}</span> }
            @for (stand of stands.value() ?? []; track stand.id) {
              <mat-checkbox [name]="'stand-' + stand.id" [ngModel]="picked().has(stand.id)" (ngModelChange)="toggle(stand.id, $event)">{{ stand.name }} ({{ stand.capacity }}, {{ stand.price | money }})</mat-checkbox>
            }
          </div>
          <button mat-flat-button type="submit" [disabled]="busy() || picked().size === 0">{{ 'matches.create' | transloco }}</button>
        </form>
        @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
      </section>
      @if (editing(); as match) {
        <section><app-match-edit [match]="match" [competitions]="competitions.value() ?? []" (saved)="edited()" (closed)="editing.set(null)" /></section>
      }
      <app-state [loading]="matches.isLoading() && !matches.hasValue()" [error]="matches.error()" (retry)="matches.reload()"
                 [empty]="matches.hasValue() && matches.value().items.length === 0" emptyText="matches.empty" />
      @if (matches.hasValue() && matches.value().items.length > 0) {
        <div class="table-wrap"><table class="data stack">
          <thead><tr><th>{{ 'matches.kickoff' | transloco }}</th><th>{{ 'matches.opponent' | transloco }}</th><th class="num">{{ 'matches.remaining' | transloco }}</th><th></th></tr></thead>
          <tbody>
            @for (match of matches.value().items; track match.id) {
              <tr [attr.data-match]="match.id">
                <td [attr.data-label]="'matches.kickoff' | transloco">{{ match.kickoffAt | when }}</td>
                <td [attr.data-label]="'matches.opponent' | transloco"><span>{{ match.opponent }} <span class="muted">({{ 'matches.' + match.venue | transloco }})</span>
                  @if (match.competition) { <span class="muted competition">{{ match.competition.name }}</span> }</span></td>
                <td class="num" [attr.data-label]="'matches.remaining' | transloco">{{ remaining(match) }} / {{ quota(match) }}</td>
                <!-- The flex row sits inside the cell: a flex td stops being a table cell and its border drifts. -->
                <td><div class="actions">
                  <a mat-stroked-button [routerLink]="['/matches', match.id, 'orders']">{{ 'matches.orders' | transloco }}</a>
                  <a mat-stroked-button [routerLink]="['/matches', match.id, 'attendance']">{{ 'matches.attendance' | transloco }}</a>
                  <button mat-button type="button" data-edit (click)="edit(match)" [disabled]="busy()">{{ 'common.edit' | transloco }}</button>
                  <button mat-button type="button" (click)="cancel(match)" [disabled]="busy()">{{ 'matches.cancel' | transloco }}</button>
                </div></td>
              </tr>
            }
          </tbody>
        </table></div>
      }
    </div>
  `,
})
export class MatchesPage {
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionService);
  private readonly clubId = computed(() => this.session.user()?.clubId);
  protected readonly stands = httpResource<Stand[]>(() => `/api/v1/clubs/${this.clubId()}/stands`);
  // Only this club's matches: an organizer never sees another club's in the console.
  protected readonly matches = httpResource<Page<Match>>(() => ({ url: '/api/v1/matches', params: { clubId: this.clubId() ?? '', pageSize: 50 } }));
  protected readonly competitions = httpResource<Competition[]>(() => '/api/v1/competitions');
  protected readonly editing = signal<Match | null>(null);
  protected opponent = '';
  protected kickoff = '';
  private readonly kickoffField = viewChild.required(KickoffField);
  protected venue: 'home' | 'away' = 'home';
  protected readonly picked = signal(new Set<string>());
  private readonly action = new FormAction(() => this.matches.reload());
  protected readonly busy = this.action.busy;
  protected readonly errors = this.action.errors;
  protected readonly message = this.action.message;

  protected toggle(standId: string, on: boolean): void {
    const next = new Set(this.picked());
    if (on) next.add(standId);
    else next.delete(standId);
    this.picked.set(next);
  }

  protected remaining(match: Match): number {
    return match.stands.reduce((sum, stand) => sum + stand.remaining, 0);
  }

  protected quota(match: Match): number {
    return match.stands.reduce((sum, stand) => sum + stand.quota, 0);
  }

  protected create(): Promise<void> {
    if (!this.kickoffField().check()) return Promise.resolve();
    const body: CreateMatch = {
      opponent: this.opponent.trim(),
      kickoffAt: brusselsToIso(this.kickoff),
      venue: this.venue,
      stands: [...this.picked()].map((standId) => ({ standId })),
    };
    return this.action.run(this.http.post('/api/v1/matches', body), 'matches.created', () => {
      this.opponent = '';
      this.picked.set(new Set());
    });
  }

  protected edit(match: Match): void {
    this.message.set(null);
    this.editing.set(match);
  }

  protected edited(): void {
    this.editing.set(null);
    this.message.set({ kind: 'ok', text: 'matches.saved' });
    this.matches.reload();
  }

  protected cancel(match: Match): Promise<void> {
    if (!confirm(this.transloco.translate('matches.confirmCancel', { opponent: match.opponent }))) return Promise.resolve();
    return this.action.run(this.http.delete(`/api/v1/matches/${match.id}`), 'matches.cancelled');
  }

}
