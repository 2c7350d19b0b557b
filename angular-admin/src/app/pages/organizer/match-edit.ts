import { HttpClient } from '@angular/common/http';
import { afterRenderEffect, ChangeDetectionStrategy, Component, ElementRef, inject, input, linkedSignal, output, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Competition, Match, MatchStandInput, UpdateMatch } from '../../core/api/models';
import { fieldErrors, problemMessage } from '../../core/problem';
import { brusselsToIso, isoToBrussels } from '../../shared/brussels-time';
import { currencyDecimals } from '../../shared/format';
import { KickoffField } from './kickoff-field';

/** One open stand of the match as the form edits it: the price in units (15.5 €), the seats on sale. */
interface StandDraft {
  standId: string;
  name: string;
  currency: NonNullable<MatchStandInput['price']>['currency'];
  price: number;
  quota: number;
  /** Held or sold already: the quota cannot go below. */
  taken: number;
}

const minorUnits = (draft: StandDraft) => Math.round(Number(draft.price) * 10 ** currencyDecimals(draft.currency));

/** Kickoff, opponent, venue, competition and each stand's price and seats on sale; the API's field errors land under their fields. */
@Component({
  selector: 'app-match-edit',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, KickoffField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .error { color: var(--bad); } h2 { margin-top: 0; font-size: 1.15rem; } mat-form-field { margin-bottom: 12px; } .form-grid { align-items: start; }
    fieldset { border: 0; padding: 0; margin: 4px 0 8px; } legend { font-weight: 600; margin-bottom: 8px; }
    .stand { display: grid; grid-template-columns: minmax(8rem, 16rem) minmax(7rem, 10rem) minmax(7rem, 10rem); gap: 12px; align-items: start; }
    .stand-name { padding-top: 16px; font-weight: 500; }
    @media (max-width: 600px) { .stand { grid-template-columns: 1fr 1fr; } .stand-name { grid-column: 1 / -1; padding-top: 0; } }
  `,
  template: `
    <form class="card" data-edit-match (ngSubmit)="save()">
      <h2>{{ 'matches.editTitle' | transloco: { opponent: match().opponent } }}</h2>
      <div class="form-grid">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'matches.opponent' | transloco }}</mat-label>
          <input matInput name="editOpponent" required [(ngModel)]="opponent" />
          @if (errors()['opponent']) { <mat-hint class="error">{{ errors()['opponent'] }}</mat-hint> }
        </mat-form-field>
        <app-kickoff-field name="editKickoff" [(value)]="kickoff" [apiError]="errors()['kickoffAt']" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'matches.venue' | transloco }}</mat-label>
          <mat-select name="editVenue" [(ngModel)]="venue">
            <mat-option value="home">{{ 'matches.home' | transloco }}</mat-option><mat-option value="away">{{ 'matches.away' | transloco }}</mat-option>
          </mat-select>
          @if (errors()['venue']) { <mat-hint class="error">{{ errors()['venue'] }}</mat-hint> }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'matches.competition' | transloco }}</mat-label>
          <mat-select name="editCompetition" [(ngModel)]="competitionId">
            <mat-option value="" data-competition="none">{{ 'matches.noCompetition' | transloco }}</mat-option>
            @for (competition of competitions(); track competition.id) { <mat-option [value]="competition.id">{{ competition.name }}</mat-option> }
          </mat-select>
          @if (errors()['competitionId']) { <mat-hint class="error">{{ errors()['competitionId'] }}</mat-hint> }
        </mat-form-field>
      </div>
      @if (stands().length) {
        <fieldset>
          <legend>{{ 'matches.standsEdit' | transloco }}</legend>
          @for (draft of stands(); track draft.standId; let i = $index) {
            <div class="stand" [attr.data-stand]="draft.standId">
              <span class="stand-name">{{ draft.name }}</span>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'matches.price' | transloco: { currency: draft.currency } }}</mat-label>
                <input matInput type="number" min="0" [step]="draft.currency === 'XAF' ? 1 : 0.01" required [name]="'price-' + draft.standId" [(ngModel)]="draft.price" />
                @if (errors()['stands.' + i + '.price.amount']) { <mat-hint class="error">{{ errors()['stands.' + i + '.price.amount'] }}</mat-hint> }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'matches.quota' | transloco }}</mat-label>
                <input matInput type="number" [min]="draft.taken" step="1" required [name]="'quota-' + draft.standId" [(ngModel)]="draft.quota" />
                @if (errors()['stands.' + i + '.quota']; as error) { <mat-hint class="error">{{ error }}</mat-hint> }
                @else { <mat-hint>{{ 'matches.taken' | transloco: { count: draft.taken } }}</mat-hint> }
              </mat-form-field>
            </div>
          }
        </fieldset>
      }
      @if (message(); as m) { <p class="error" role="alert">{{ m | transloco }}</p> }
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | transloco }}</button>
        <button mat-button type="button" (click)="closed.emit()">{{ 'common.cancel' | transloco }}</button>
      </div>
    </form>
  `,
})
export class MatchEdit {
  private readonly http = inject(HttpClient);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly match = input.required<Match>();
  readonly competitions = input<Competition[]>([]);
  readonly saved = output<Match>();
  readonly closed = output<void>();
  // Linked to the match: choosing another match to edit refills the form.
  protected readonly opponent = linkedSignal(() => this.match().opponent);
  protected readonly kickoff = linkedSignal(() => isoToBrussels(this.match().kickoffAt));
  protected readonly venue = linkedSignal<'home' | 'away'>(() => this.match().venue);
  protected readonly competitionId = linkedSignal(() => this.match().competition?.id ?? '');
  protected readonly stands = linkedSignal<StandDraft[]>(() =>
    this.match().stands.map((stand) => ({
      standId: stand.standId,
      name: stand.name,
      currency: stand.price.currency as StandDraft['currency'],
      price: stand.price.amount / 10 ** currencyDecimals(stand.price.currency),
      quota: stand.quota,
      taken: stand.quota - stand.remaining,
    })),
  );
  private readonly kickoffField = viewChild.required(KickoffField);
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly message = signal<string | null>(null);

  constructor() {
    // Opened from a row further down (on a phone, far below): bring the form into view, the cursor in its first field.
    afterRenderEffect(() => {
      this.match();
      this.host.nativeElement.querySelector('input')?.focus();
    });
  }

  protected async save(): Promise<void> {
    if (!this.kickoffField().check()) return;
    const match = this.match();
    const body: UpdateMatch = { opponent: this.opponent().trim(), venue: this.venue() };
    const kickoff = this.kickoff();
    // An unchanged kickoff is not sent: a match that has already started could not be renamed otherwise.
    if (kickoff !== isoToBrussels(match.kickoffAt)) body.kickoffAt = brusselsToIso(kickoff);
    // null takes the match out of its competition (the API skips validation for null and clears the field).
    const competitionId = this.competitionId();
    if (competitionId !== (match.competition?.id ?? '')) body.competitionId = competitionId || null;
    // The API replaces the whole list: every open stand is sent, and only when a price or a quota changed.
    const stands = this.stands();
    const changed = stands.some((draft, i) => minorUnits(draft) !== match.stands[i].price.amount || Number(draft.quota) !== match.stands[i].quota);
    if (changed) body.stands = stands.map((draft) => ({ standId: draft.standId, price: { amount: minorUnits(draft), currency: draft.currency }, quota: Number(draft.quota) }));
    this.busy.set(true);
    this.errors.set({});
    this.message.set(null);
    try {
      this.saved.emit(await firstValueFrom(this.http.patch<Match>(`/api/v1/matches/${match.id}`, body)));
    } catch (error) {
      this.errors.set(fieldErrors(error));
      this.message.set(problemMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
