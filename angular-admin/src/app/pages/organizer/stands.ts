import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Stand } from '../../core/api/models';
import { SessionService } from '../../core/auth/session.service';
import { fieldErrors, problemMessage } from '../../core/problem';
import { currencyDecimals, MoneyPipe } from '../../shared/format';
import { StateView } from '../../shared/states';

/** The club's stands: name, seats, default price. */
@Component({
  selector: 'app-stands',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, MoneyPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.ok { color: var(--ok); } .error { color: var(--bad); } section { margin-bottom: 16px; }`,
  template: `
    <div class="page">
      <h1>{{ 'stands.title' | transloco }}</h1>
      <section class="card">
        <form class="form-grid" (ngSubmit)="create()">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'stands.name' | transloco }}</mat-label>
            <input matInput name="name" required [(ngModel)]="name" />
            @if (errors()['name']) { <mat-error>{{ errors()['name'] }}</mat-error> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'stands.capacity' | transloco }}</mat-label>
            <input matInput name="capacity" type="number" min="1" required [(ngModel)]="capacity" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'stands.price' | transloco }}</mat-label>
            <input matInput name="price" type="number" min="0" step="0.01" required [(ngModel)]="price" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'stands.currency' | transloco }}</mat-label>
            <mat-select name="currency" [(ngModel)]="currency"><mat-option value="EUR">EUR</mat-option><mat-option value="XAF">XAF</mat-option></mat-select>
          </mat-form-field>
          <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()">{{ 'stands.create' | transloco }}</button></div>
        </form>
        @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
      </section>
      <app-state [loading]="stands.isLoading() && !stands.hasValue()" [error]="stands.error()" (retry)="stands.reload()"
                 [empty]="stands.hasValue() && stands.value().length === 0" emptyText="stands.empty" />
      @if (stands.hasValue() && stands.value().length > 0) {
        <div class="table-wrap"><table class="data stack" [attr.aria-label]="'stands.title' | transloco">
          <thead><tr><th>{{ 'stands.name' | transloco }}</th><th class="num">{{ 'stands.capacity' | transloco }}</th><th class="num">{{ 'stands.price' | transloco }}</th><th></th></tr></thead>
          <tbody>
            @for (stand of stands.value(); track stand.id) {
              <tr><td [attr.data-label]="'stands.name' | transloco">{{ stand.name }}</td>
                <td class="num" [attr.data-label]="'stands.capacity' | transloco">{{ stand.capacity }}</td>
                <td class="num" [attr.data-label]="'stands.price' | transloco">{{ stand.price | money }}</td>
                <td><button mat-button type="button" (click)="remove(stand)" [disabled]="busy()">{{ 'common.delete' | transloco }}</button></td></tr>
            }
          </tbody>
        </table></div>
      }
    </div>
  `,
})
export class StandsPage {
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(SessionService);
  private readonly clubId = computed(() => this.session.user()?.clubId);
  protected readonly stands = httpResource<Stand[]>(() => `/api/v1/clubs/${this.clubId()}/stands`);
  protected name = '';
  protected capacity = 100;
  protected price = 10;
  protected currency = 'EUR';
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly message = signal<{ kind: string; text: string } | null>(null);
  private readonly form = viewChild.required(NgForm);

  protected create(): Promise<void> {
    const body = { name: this.name.trim(), capacity: Number(this.capacity), price: { amount: Math.round(Number(this.price) * 10 ** currencyDecimals(this.currency)), currency: this.currency } };
    // Ready for the next stand: the name emptied without the "required" error of a submitted form, the rest kept.
    const ready = () => {
      this.name = '';
      this.form().resetForm({ name: '', capacity: this.capacity, price: this.price, currency: this.currency });
    };
    return this.run(() => this.http.post(`/api/v1/clubs/${this.clubId()}/stands`, body), 'stands.created', ready);
  }

  protected remove(stand: Stand): Promise<void> {
    if (!confirm(this.transloco.translate('stands.confirmDelete', { name: stand.name }))) return Promise.resolve();
    return this.run(() => this.http.delete(`/api/v1/stands/${stand.id}`), 'stands.deleted');
  }

  private async run(call: () => ReturnType<HttpClient['post']>, done: string, after?: () => void): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    this.message.set(null);
    try {
      await firstValueFrom(call());
      this.message.set({ kind: 'ok', text: done });
      after?.();
      this.stands.reload();
    } catch (error) {
      this.errors.set(fieldErrors(error));
      this.message.set({ kind: 'error', text: problemMessage(error) });
    } finally {
      this.busy.set(false);
    }
  }
}
