import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Money, Page } from '../../../core/api/models';
import { MoneyPipe } from '../../../shared/format';
import { StateView } from '../../../shared/states';
import { FormAction } from '../../../shared/form-action';

interface Series {
  id: string;
  title: string;
  year: number | null;
  price: Money;
}

const PAGE_SIZE = 20;

/** Series: search, pages, create with the API's field errors shown on the fields, archive after confirming. */
@Component({
  selector: 'app-series-list',
  imports: [FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, MoneyPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `section { margin-bottom: 16px; } .ok { color: var(--ok); } .error { color: var(--bad); }`,
  template: `
    <div class="page">
      <h1>{{ 'series.title' | transloco }}</h1>
      <section class="card">
        <form class="form-grid" (ngSubmit)="create()">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'series.name' | transloco }}</mat-label>
            <input matInput name="title" [(ngModel)]="draft.title" />
            @if (errors()['title']) { <mat-hint class="error">{{ errors()['title'] }}</mat-hint> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'series.year' | transloco }}</mat-label>
            <input matInput name="year" type="number" [(ngModel)]="draft.year" />
            @if (errors()['year']) { <mat-hint class="error">{{ errors()['year'] }}</mat-hint> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'series.price' | transloco }}</mat-label>
            <input matInput name="price" type="number" min="0" [(ngModel)]="draft.price" />
            @if (errors()['price.amount']) { <mat-hint class="error">{{ errors()['price.amount'] }}</mat-hint> }
          </mat-form-field>
          <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.create' | transloco }}</button></div>
        </form>
        @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
      </section>
      <div class="toolbar-row">
        <mat-form-field appearance="outline" class="grow">
          <mat-label>{{ 'common.search' | transloco }}</mat-label>
          <input matInput name="q" type="search" [ngModel]="q()" (ngModelChange)="q.set($event); page.set(1)" />
        </mat-form-field>
      </div>
      <app-state [loading]="list.isLoading() && !list.hasValue()" [error]="list.error()" (retry)="list.reload()"
                 [empty]="list.hasValue() && list.value().items.length === 0" emptyText="series.empty" />
      @if (list.hasValue() && list.value().items.length > 0) {
        @let p = list.value();
        <div class="table-wrap"><table class="data stack">
          <thead><tr><th>{{ 'series.name' | transloco }}</th><th>{{ 'series.year' | transloco }}</th><th class="num">{{ 'series.price' | transloco }}</th><th></th></tr></thead>
          <tbody>
            @for (item of p.items; track item.id) {
              <tr><td [attr.data-label]="'series.name' | transloco">{{ item.title }}</td><td [attr.data-label]="'series.year' | transloco">{{ item.year ?? '—' }}</td>
                <td class="num" [attr.data-label]="'series.price' | transloco">{{ item.price | money }}</td>
                <td><a mat-button [routerLink]="['/series', item.id]">{{ 'catalogue.edit' | transloco }}</a>
                  <button mat-button type="button" [disabled]="busy()" (click)="archive(item)">{{ 'series.archive' | transloco }}</button></td></tr>
            }
          </tbody>
        </table></div>
        <div class="actions" style="margin-top:12px">
          <button mat-stroked-button type="button" [disabled]="page() <= 1" (click)="page.set(page() - 1)">{{ 'common.previous' | transloco }}</button>
          <span>{{ 'common.pageOf' | transloco: { page: page(), pages: pages(p.total) } }}</span>
          <button mat-stroked-button type="button" [disabled]="page() >= pages(p.total)" (click)="page.set(page() + 1)">{{ 'common.next' | transloco }}</button>
        </div>
      }
    </div>
  `,
})
export class SeriesListPage {
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly list = httpResource<Page<Series>>(() => ({
    url: '/api/v1/series',
    params: { page: this.page(), pageSize: PAGE_SIZE, ...(this.q().trim() ? { q: this.q().trim() } : {}) },
  }));
  protected draft: { title: string; year: number | null; price: number } = { title: '', year: null, price: 1500 };
  private readonly action = new FormAction(() => this.list.reload());
  protected readonly busy = this.action.busy;
  protected readonly errors = this.action.errors;
  protected readonly message = this.action.message;

  protected pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }

  protected create(): Promise<void> {
    const body = { title: this.draft.title, year: this.draft.year || null, price: { amount: Number(this.draft.price), currency: 'XAF' } };
    return this.action.run(this.http.post('/api/v1/series', body), 'series.created', () => (this.draft = { title: '', year: null, price: 1500 }));
  }

  protected archive(item: Series): Promise<void> {
    if (!confirm(this.transloco.translate('series.confirmArchive', { title: item.title }))) return Promise.resolve();
    return this.action.run(this.http.delete(`/api/v1/series/${item.id}`), 'series.archived');
  }

}
