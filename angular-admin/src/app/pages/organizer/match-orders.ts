import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Match, MatchOrder, MatchOrderPage, MatchOrderStatus } from '../../core/api/models';
import { MoneyPipe, WhenPipe } from '../../shared/format';
import { StateView } from '../../shared/states';

const PAGE_SIZE = 20;
/** '' is the default list: the orders that count as sold (paid and fulfilled). */
type StatusFilter = MatchOrderStatus | '';
const STATUSES: MatchOrderStatus[] = ['paid', 'fulfilled', 'refunded'];

/** Who bought seats for one match: totals first, then each order with its buyer, stands and amount. */
@Component({
  selector: 'app-match-orders',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, RouterLink, TranslocoPipe, MoneyPipe, WhenPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end; gap: 8px 16px; }
    .head h1 { margin: 0 0 4px; }
    .head p { margin: 0 0 12px; }
    .filter { min-width: 240px; margin-bottom: 12px; }
    .cards { margin-bottom: 16px; }
    .who { display: block; color: #5a5a66; font-size: .85rem; overflow-wrap: anywhere; }
    td.amount, td.when { white-space: nowrap; }
    .pager { margin-top: 12px; }
  `,
  template: `
    <div class="page">
      <a mat-button routerLink="/matches">← {{ 'matchOrders.back' | transloco }}</a>
      <div class="head">
        <div>
          <h1>{{ 'matchOrders.title' | transloco }}</h1>
          @if (orders.hasValue() && match.hasValue()) {
            <p class="muted" data-match-title>{{ match.value().opponent }} · {{ match.value().kickoffAt | when }}</p>
          }
        </div>
        <!-- Someone refused here (another club's organizer) gets the reason alone, no controls. -->
        @if (!orders.error()) {
          <mat-form-field appearance="outline" class="filter" subscriptSizing="dynamic">
            <mat-label>{{ 'matchOrders.status' | transloco }}</mat-label>
            <mat-select name="status" [ngModel]="status()" (ngModelChange)="filter($event)">
              <mat-select-trigger>{{ (status() ? 'matchOrders.statuses.' + status() : 'matchOrders.sold') | transloco }}</mat-select-trigger>
              <mat-option value="">{{ 'matchOrders.sold' | transloco }}</mat-option>
              @for (s of statuses; track s) { <mat-option [value]="s" [attr.data-status]="s">{{ 'matchOrders.statuses.' + s | transloco }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
      </div>
      <app-state [loading]="orders.isLoading() && !orders.hasValue()" [error]="orders.error()" (retry)="orders.reload()" />
      @if (!orders.error() && orders.hasValue()) {
        @let p = orders.value();
        <div class="cards" aria-live="polite">
          <div class="card"><div class="stat-value" data-total="orders">{{ p.totals.orders }}</div><div class="stat-label">{{ 'matchOrders.orders' | transloco }}</div></div>
          <div class="card"><div class="stat-value" data-total="seats">{{ p.totals.seats }}</div><div class="stat-label">{{ 'matchOrders.seats' | transloco }}</div></div>
          @for (revenue of p.totals.revenue; track revenue.currency) {
            <div class="card"><div class="stat-value" [attr.data-revenue]="revenue.currency">{{ revenue | money }}</div><div class="stat-label">{{ 'matchOrders.revenue' | transloco }}</div></div>
          } @empty {
            <div class="card"><div class="stat-value" data-revenue="none">{{ 'common.none' | transloco }}</div><div class="stat-label">{{ 'matchOrders.revenue' | transloco }}</div></div>
          }
        </div>
        <app-state [empty]="p.items.length === 0" [emptyText]="status() ? 'matchOrders.emptyStatus' : 'matchOrders.empty'" />
        @if (p.items.length > 0) {
          <div class="table-wrap"><table class="data stack" [attr.aria-label]="'matchOrders.title' | transloco">
            <thead><tr>
              <th>{{ 'matchOrders.number' | transloco }}</th><th>{{ 'matchOrders.buyer' | transloco }}</th><th>{{ 'matchOrders.stands' | transloco }}</th>
              <th class="num">{{ 'matchOrders.seats' | transloco }}</th><th class="num">{{ 'matchOrders.amount' | transloco }}</th>
              <th>{{ 'matchOrders.status' | transloco }}</th><th>{{ 'matchOrders.paidAt' | transloco }}</th>
            </tr></thead>
            <tbody>
              @for (order of p.items; track order.id) {
                <tr [attr.data-order]="order.id">
                  <td [attr.data-label]="'matchOrders.number' | transloco">{{ order.number }}</td>
                  <td [attr.data-label]="'matchOrders.buyer' | transloco"><span><span data-buyer>{{ order.buyer.displayName }}</span>
                    <span class="who">{{ order.buyer.email ?? ('matchOrders.noEmail' | transloco) }}</span></span></td>
                  <td [attr.data-label]="'matchOrders.stands' | transloco">{{ standsOf(order) }}</td>
                  <td class="num" [attr.data-label]="'matchOrders.seats' | transloco">{{ order.seats }}</td>
                  <td class="num amount" [attr.data-label]="'matchOrders.amount' | transloco">{{ order.amount | money }}</td>
                  <td [attr.data-label]="'matchOrders.status' | transloco">
                    <span class="badge" [class.ok]="order.status === 'fulfilled'" [class.wait]="order.status === 'paid'" [class.bad]="order.status === 'refunded'">
                      {{ 'matchOrders.statuses.' + order.status | transloco }}</span>
                  </td>
                  <td class="when" [attr.data-label]="'matchOrders.paidAt' | transloco">{{ order.paidAt ? (order.paidAt | when) : ('common.none' | transloco) }}</td>
                </tr>
              }
            </tbody>
          </table></div>
          @if (p.total > pageSize) {
            <div class="actions pager">
              <button mat-stroked-button type="button" [disabled]="page() <= 1" (click)="page.set(page() - 1)">{{ 'common.previous' | transloco }}</button>
              <span>{{ 'common.pageOf' | transloco: { page: page(), pages: pages(p.total) } }}</span>
              <button mat-stroked-button type="button" [disabled]="page() >= pages(p.total)" (click)="page.set(page() + 1)">{{ 'common.next' | transloco }}</button>
            </div>
          }
        }
      }
    </div>
  `,
})
export class MatchOrdersPage {
  readonly matchId = input.required<string>();
  protected readonly statuses = STATUSES;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly status = signal<StatusFilter>('');
  protected readonly page = signal(1);
  protected readonly orders = httpResource<MatchOrderPage>(() => ({
    url: `/api/v1/matches/${this.matchId()}/orders`,
    params: { page: this.page(), pageSize: PAGE_SIZE, ...(this.status() ? { status: this.status() } : {}) },
  }));
  protected readonly match = httpResource<Match>(() => `/api/v1/matches/${this.matchId()}`);

  protected filter(status: StatusFilter | null): void {
    this.status.set(status ?? '');
    this.page.set(1);
  }

  protected standsOf(order: MatchOrder): string {
    return order.stands.map((stand) => `${stand.name} × ${stand.seats}`).join(', ');
  }

  protected pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }
}
