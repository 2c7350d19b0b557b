import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { StateView } from '../../../shared/states';
import { Competition } from '../../../core/api/models';
import { competitionProblem } from './competition-problem';
import { FormAction } from '../../../shared/form-action';

/** Competitions matches are played in: create, rename, delete after confirming (refused once matches use one). */
@Component({
  selector: 'app-competitions',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    section { margin-bottom: 16px; } .ok { color: var(--ok); } .error { color: var(--bad); }
    .row-actions { display: flex; flex-wrap: wrap; gap: 4px; }
    .rename { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .rename mat-form-field { flex: 1 1 180px; }
  `,
  template: `
    <div class="page">
      <h1>{{ 'competitions.title' | transloco }}</h1>
      <section class="card">
        <form class="form-grid" #createForm="ngForm" (ngSubmit)="create(createForm)">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'competitions.name' | transloco }}</mat-label>
            <input matInput name="name" required [(ngModel)]="draft.name" />
            @if (errors()['name']) { <mat-hint class="error">{{ errors()['name'] }}</mat-hint> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'competitions.country' | transloco }}</mat-label>
            <input matInput name="country" maxlength="2" [(ngModel)]="draft.country" />
            @if (errors()['country']) { <mat-hint class="error">{{ errors()['country'] }}</mat-hint> } @else { <mat-hint>{{ 'competitions.countryHint' | transloco }}</mat-hint> }
          </mat-form-field>
          <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.create' | transloco }}</button></div>
        </form>
      </section>
      @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
      <app-state [loading]="list.isLoading() && !list.hasValue()" [error]="list.error()" (retry)="list.reload()"
                 [empty]="list.hasValue() && list.value().length === 0" emptyText="competitions.empty" />
      @if (list.hasValue() && list.value().length > 0) {
        <div class="table-wrap"><table class="data stack" [attr.aria-label]="'competitions.title' | transloco">
          <thead><tr><th>{{ 'competitions.name' | transloco }}</th><th>{{ 'competitions.countryShort' | transloco }}</th><th></th></tr></thead>
          <tbody>
            @for (item of list.value(); track item.id) {
              <tr [attr.data-competition]="item.id">
                @if (editing() === item.id) {
                  <td colspan="3">
                    <form class="rename" (ngSubmit)="rename(item)">
                      <mat-form-field appearance="outline">
                        <mat-label>{{ 'competitions.newName' | transloco }}</mat-label>
                        <input matInput name="rename" required [(ngModel)]="newName" />
                        @if (errors()['name']) { <mat-hint class="error">{{ errors()['name'] }}</mat-hint> }
                      </mat-form-field>
                      <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | transloco }}</button>
                      <button mat-stroked-button type="button" (click)="editing.set(null)">{{ 'common.cancel' | transloco }}</button>
                    </form>
                  </td>
                } @else {
                  <td [attr.data-label]="'competitions.name' | transloco">{{ item.name }}</td>
                  <td [attr.data-label]="'competitions.countryShort' | transloco">{{ item.country ?? '—' }}</td>
                  <td>
                    <div class="row-actions">
                      <button mat-button type="button" (click)="startRename(item)">{{ 'competitions.rename' | transloco }}</button>
                      <button mat-button type="button" class="delete" [disabled]="busy()" (click)="remove(item)">{{ 'common.delete' | transloco }}</button>
                    </div>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table></div>
      }
    </div>
  `,
})
export class CompetitionsPage {
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  protected readonly list = httpResource<Competition[]>(() => '/api/v1/competitions');
  protected draft = { name: '', country: '' };
  protected newName = '';
  protected readonly editing = signal<string | null>(null);
  private readonly action = new FormAction(() => this.list.reload(), competitionProblem);
  protected readonly busy = this.action.busy;
  protected readonly errors = this.action.errors;
  protected readonly message = this.action.message;

  protected create(form: NgForm): Promise<void> {
    const body = { name: this.draft.name.trim(), ...(this.draft.country.trim() ? { country: this.draft.country.trim().toUpperCase() } : {}) };
    // resetForm too, so that the emptied required field does not turn red as if the admin had erred.
    return this.action.run(this.http.post('/api/v1/competitions', body), 'competitions.created', () => {
      form.resetForm();
      this.draft = { name: '', country: '' };
    });
  }

  protected startRename(item: Competition): void {
    this.errors.set({});
    this.newName = item.name;
    this.editing.set(item.id);
  }

  protected rename(item: Competition): Promise<void> {
    return this.action.run(this.http.patch(`/api/v1/competitions/${item.id}`, { name: this.newName.trim() }), 'competitions.renamed', () => this.editing.set(null));
  }

  protected remove(item: Competition): Promise<void> {
    if (!confirm(this.transloco.translate('competitions.confirmDelete', { name: item.name }))) return Promise.resolve();
    return this.action.run(this.http.delete(`/api/v1/competitions/${item.id}`), 'competitions.deleted');
  }

}
