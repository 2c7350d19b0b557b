import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { mdiDownload } from '@mdi/js';
import { firstValueFrom } from 'rxjs';
import { Page, Transaction } from '../../../core/api/models';
import { problemMessage } from '../../../core/problem';
import { saveFile } from '../../../shared/save-file';
import { MoneyPipe, WhenPipe } from '../../../shared/format';
import { DayField } from '../../../shared/day-field';
import { Icon } from '../../../shared/icon';
import { StateView } from '../../../shared/states';
import { filterFromLink, KINDS, linkOf, METHODS, STATUSES, TransactionFilterForm, transactionQuery } from './transaction-query';

const PAGE_SIZE = 20;

/** Every payment, filtered by dates, status, kind and method, with the filtered list as a CSV download. */
@Component({
  selector: 'app-transactions',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, TranslocoPipe, StateView, MoneyPipe, WhenPipe, Icon, DayField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    /* Phones: the two dates share a row, each choice gets the full width so its words stay readable;
       wide screens: all five on one row, the dates wide enough for 14/03/2026 and the calendar button. */
    .filters { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; align-items: start; }
    .filters .choice { grid-column: 1 / -1; }
    @media (min-width: 600px) { .filters { grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); } .filters .choice { grid-column: auto; } }
    @media (min-width: 1100px) { .filters { grid-template-columns: 1.2fr 1.2fr 1.5fr 1.3fr 1.3fr; } }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 8px; }
    .head h1 { margin: 0; }
    .export app-icon { margin-right: 4px; vertical-align: middle; }
    .error { color: var(--bad); }
    td.amount, td.ref { white-space: nowrap; }
    .who { display: block; color: #5a5a66; font-size: .85rem; }
  `,
  template: `
    <div class="page">
      <div class="head">
        <h1>{{ 'transactions.title' | transloco }}</h1>
        <button mat-flat-button type="button" class="export" [disabled]="exporting() || rangeReversed()" (click)="exportCsv()">
          <app-icon [path]="downloadIcon" />{{ 'transactions.export' | transloco }}
        </button>
      </div>
      @if (exportError(); as e) { <p class="error" role="alert">{{ e | transloco }}</p> }
      <form class="filters" [attr.aria-label]="'transactions.filters' | transloco" (submit)="$event.preventDefault()">
        <app-day-field label="transactions.from" name="fromDay" [value]="filter().fromDay" (valueChange)="set('fromDay', $event)" />
        <app-day-field label="transactions.to" name="toDay" [value]="filter().toDay" (valueChange)="set('toDay', $event)" />
        <mat-form-field appearance="outline" class="choice">
          <mat-label>{{ 'transactions.status' | transloco }}</mat-label>
          <mat-select name="status" [ngModel]="filter().status" (ngModelChange)="set('status', $event)">
            <mat-select-trigger>{{ filter().status ? ('payment.status.' + filter().status | transloco) : ('transactions.all' | transloco) }}</mat-select-trigger>
            <mat-option value="">{{ 'transactions.all' | transloco }}</mat-option>
            @for (status of statuses; track status) { <mat-option [value]="status">{{ 'payment.status.' + status | transloco }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" class="choice">
          <mat-label>{{ 'transactions.kind' | transloco }}</mat-label>
          <mat-select name="kind" [ngModel]="filter().kind" (ngModelChange)="set('kind', $event)">
            <mat-select-trigger>{{ filter().kind ? ('transactions.kinds.' + filter().kind | transloco) : ('transactions.all' | transloco) }}</mat-select-trigger>
            <mat-option value="">{{ 'transactions.all' | transloco }}</mat-option>
            @for (kind of kinds; track kind) { <mat-option [value]="kind">{{ 'transactions.kinds.' + kind | transloco }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" class="choice">
          <mat-label>{{ 'transactions.method' | transloco }}</mat-label>
          <mat-select name="method" [ngModel]="filter().method" (ngModelChange)="set('method', $event)">
            <mat-select-trigger>{{ filter().method ? ('payment.method.' + filter().method | transloco) : ('transactions.all' | transloco) }}</mat-select-trigger>
            <mat-option value="">{{ 'transactions.all' | transloco }}</mat-option>
            @for (method of methods; track method) { <mat-option [value]="method">{{ 'payment.method.' + method | transloco }}</mat-option> }
          </mat-select>
        </mat-form-field>
      </form>
      @if (rangeReversed()) { <p class="error" role="alert">{{ 'dates.badRange' | transloco }}</p> }
      <app-state [loading]="list.isLoading() && !list.hasValue()" [error]="list.error()" (retry)="list.reload()"
                 [empty]="!rangeReversed() && list.hasValue() && list.value().items.length === 0" emptyText="transactions.empty" />
      @if (!rangeReversed() && !list.error() && list.hasValue() && list.value().items.length > 0) {
        @let p = list.value();
        <p class="muted" role="status">{{ 'transactions.count' | transloco: { total: p.total } }}</p>
        <div class="table-wrap"><table class="data stack" [attr.aria-label]="'transactions.title' | transloco">
          <thead><tr>
            <th>{{ 'transactions.date' | transloco }}</th><th>{{ 'transactions.status' | transloco }}</th><th>{{ 'transactions.kind' | transloco }}</th>
            <th>{{ 'transactions.method' | transloco }}</th><th class="num">{{ 'transactions.amount' | transloco }}</th>
            <th>{{ 'transactions.buyer' | transloco }}</th><th>{{ 'transactions.reference' | transloco }}</th>
          </tr></thead>
          <tbody>
            @for (t of p.items; track t.id) {
              <tr [attr.data-transaction]="t.id">
                <td [attr.data-label]="'transactions.date' | transloco">{{ t.createdAt | when }}</td>
                <td [attr.data-label]="'transactions.status' | transloco">
                  <span class="badge" [class.ok]="t.status === 'succeeded'" [class.wait]="t.status === 'awaiting_review' || t.status === 'pending'"
                        [class.bad]="t.status === 'failed' || t.status === 'rejected'">{{ 'payment.status.' + t.status | transloco }}</span>
                </td>
                <td [attr.data-label]="'transactions.kind' | transloco"><span>{{ 'transactions.kinds.' + t.kind | transloco }}@if (t.club) { <span class="who">{{ t.club.name }}</span> }</span></td>
                <td [attr.data-label]="'transactions.method' | transloco">{{ 'payment.method.' + t.method | transloco }}</td>
                <td class="num amount" [attr.data-label]="'transactions.amount' | transloco">{{ t.amount | money }}</td>
                <td [attr.data-label]="'transactions.buyer' | transloco"><span>{{ t.customer?.displayName ?? '—' }}@if (t.customer) { <span class="who">{{ t.customer.username }}</span> }</span></td>
                <td class="ref" [attr.data-label]="'transactions.reference' | transloco">{{ t.reference ?? '—' }}</td>
              </tr>
            }
          </tbody>
        </table></div>
        <div class="actions" style="margin-top:12px">
          <button mat-stroked-button type="button" [disabled]="page() <= 1" (click)="goTo(page() - 1)">{{ 'common.previous' | transloco }}</button>
          <span>{{ 'common.pageOf' | transloco: { page: page(), pages: pages(p.total) } }}</span>
          <button mat-stroked-button type="button" [disabled]="page() >= pages(p.total)" (click)="goTo(page() + 1)">{{ 'common.next' | transloco }}</button>
        </div>
      }
    </div>
  `,
})
export class TransactionsPage {
  private readonly http = inject(HttpClient);
  protected readonly downloadIcon = mdiDownload;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly statuses = STATUSES;
  protected readonly kinds = KINDS;
  protected readonly methods = METHODS;
  // The selects show their choice through mat-select-trigger: an option's own label is read once, possibly before the
  // translations arrive (a reload with filters in the address showed empty selects).
  /** Filters and page live in the address too: a reload, a bookmark or a link from elsewhere shows the same list. */
  protected readonly filter = signal<TransactionFilterForm>(filterFromLink((key) => this.route.snapshot.queryParamMap.get(key)));
  protected readonly page = signal(Math.max(1, Number(this.route.snapshot.queryParamMap.get('page')) || 1));
  private readonly query = computed(() => transactionQuery(this.filter()));
  /** A reversed range is explained here, in the user's language, instead of asking the API. */
  protected readonly rangeReversed = computed(() => {
    const { fromDay, toDay } = this.filter();
    return Boolean(fromDay && toDay && fromDay > toDay);
  });
  protected readonly list = httpResource<Page<Transaction>>(() =>
    this.rangeReversed() ? undefined : { url: '/api/v1/admin/transactions', params: { ...this.query(), page: this.page(), pageSize: PAGE_SIZE } },
  );
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  protected set(key: keyof TransactionFilterForm, value: string | null): void {
    this.filter.update((filter) => ({ ...filter, [key]: value ?? '' }));
    this.goTo(1);
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.router.navigate([], { queryParams: { ...linkOf(this.filter()), ...(page > 1 ? { page } : {}) }, replaceUrl: true });
  }

  protected pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }

  /** The token lives in memory, so the file is fetched with it and handed to the browser as a download. */
  protected async exportCsv(): Promise<void> {
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const csv = await firstValueFrom(this.http.get('/api/v1/admin/transactions.csv', { params: this.query(), responseType: 'blob' }));
      saveFile(csv, `transactions-${new Date().toISOString().slice(0, 10)}.csv`);
    } catch (error) {
      this.exportError.set(await blobProblemMessage(error));
    } finally {
      this.exporting.set(false);
    }
  }
}

/** A blob request's error body is a Blob too: read the problem+json in it to show its detail. */
async function blobProblemMessage(error: unknown): Promise<string> {
  const body = (error as { error?: unknown }).error;
  if (body instanceof Blob) {
    try {
      const problem = JSON.parse(await body.text()) as { detail?: string; title?: string };
      return problem.detail ?? problem.title ?? 'errors.generic';
    } catch {
      return 'errors.generic';
    }
  }
  return problemMessage(error);
}
