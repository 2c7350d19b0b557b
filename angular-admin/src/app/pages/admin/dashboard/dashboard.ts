import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toSignal } from '@angular/core/rxjs-interop';
import { ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts, withDefaultRegisterables } from 'ng2-charts';
import { AdminStats } from '../../../core/api/models';
import { formatDay, MoneyPipe, WhenPipe } from '../../../shared/format';
import { DayField } from '../../../shared/day-field';
import { StateView } from '../../../shared/states';
import { paymentsByKind, revenueSeries } from './revenue-charts';

const COUNT_KEYS = ['films', 'series', 'seasons', 'episodes', 'upcomingMatches', 'ticketsIssued', 'ticketsUsed'];
const COLOURS = ['#14213d', '#fca311', '#1b7f3b', '#6d5bd0'];
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

@Component({
  selector: 'app-dashboard',
  imports: [RouterLink, TranslocoPipe, BaseChartDirective, StateView, MoneyPipe, WhenPipe, DayField],
  providers: [provideCharts(withDefaultRegisterables())],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .charts { display: grid; grid-template-columns: 2fr 1fr; gap: 12px; margin: 16px 0; }
    .error { color: var(--bad); }
    .charts .card { min-width: 0; }
    a.card { color: inherit; text-decoration: none; } a.card:hover { box-shadow: 0 2px 6px rgb(0 0 0 / 16%); }
    .chart-box { position: relative; height: 260px; }
    h2 { font-size: 1.1rem; margin: 0 0 8px; }
    .totals { display: flex; gap: 16px; flex-wrap: wrap; font-weight: 600; margin-bottom: 8px; }
    @media (max-width: 900px) { .charts { grid-template-columns: 1fr; } }
  `,
  template: `
    <div class="page">
      <h1>{{ 'dashboard.title' | transloco }}</h1>
      <div class="toolbar-row">
        <app-day-field label="dashboard.from" name="from" [(value)]="from" />
        <app-day-field label="dashboard.to" name="to" [(value)]="to" />
      </div>
      @if (rangeReversed()) { <p class="error" role="alert">{{ 'dates.badRange' | transloco }}</p> }
      <app-state [loading]="stats.isLoading() && !stats.hasValue()" [error]="stats.error()" (retry)="stats.reload()" />
      @if (stats.hasValue()) {
        @let s = stats.value();
        <section class="cards" aria-label="counts">
          @for (key of countKeys; track key) {
            <div class="card" [attr.data-count]="key">
              <div class="stat-value">{{ s.counts[key] }}</div>
              <div class="stat-label">{{ 'dashboard.counts.' + key | transloco }}</div>
            </div>
          }
          <div class="card" data-count="awaitingReview">
            <div class="stat-value">{{ s.awaitingReview }}</div>
            <div class="stat-label">{{ 'dashboard.counts.awaitingReview' | transloco }}</div>
          </div>
          @if (mail.hasValue()) {
            <a class="card" data-count="failedMails" routerLink="/mail">
              <div class="stat-value">{{ mail.value().failed }}</div>
              <div class="stat-label">{{ 'dashboard.counts.failedMails' | transloco }}</div>
            </a>
          }
        </section>
        <div class="charts">
          <section class="card">
            <h2>{{ 'dashboard.revenue' | transloco }}</h2>
            <div class="totals">@for (total of s.revenue.total; track total.currency) { <span>{{ total | money }}</span> }</div>
            @if (s.revenue.byDay.length === 0) { <p class="muted">{{ 'dashboard.noRevenue' | transloco }}</p> }
            <div class="chart-box"><canvas baseChart id="revenue-chart" type="line" [data]="lineData()" [options]="lineOptions" aria-label="revenue"></canvas></div>
          </section>
          <section class="card">
            <h2>{{ 'dashboard.byKind' | transloco }}</h2>
            <div class="chart-box"><canvas baseChart id="kind-chart" type="doughnut" [data]="doughnutData()" [options]="doughnutOptions" aria-label="by kind"></canvas></div>
          </section>
        </div>
        <section>
          <h2>{{ 'dashboard.latest' | transloco }}</h2>
          <p><a routerLink="/transactions">{{ 'dashboard.allTransactions' | transloco }}</a></p>
          @if (s.recentPayments.length === 0) { <app-state [empty]="true" emptyText="dashboard.noPayments" /> } @else {
            <div class="table-wrap"><table class="data stack" [attr.aria-label]="'dashboard.latest' | transloco">
              <tbody>
                @for (p of s.recentPayments; track p.id) {
                  <tr>
                    <td [attr.data-label]="'transactions.date' | transloco">{{ p.at | when }}</td>
                    <td [attr.data-label]="'transactions.method' | transloco">{{ 'payment.method.' + p.method | transloco }}</td>
                    <td [attr.data-label]="'transactions.status' | transloco"><span class="badge" [class.ok]="p.status === 'succeeded'" [class.wait]="p.status === 'awaiting_review' || p.status === 'pending'" [class.bad]="p.status === 'failed' || p.status === 'rejected'">{{ 'payment.status.' + p.status | transloco }}</span></td>
                    <td class="num" [attr.data-label]="'transactions.amount' | transloco">{{ p.amount | money }}</td>
                  </tr>
                }
              </tbody>
            </table></div>
          }
        </section>
      }
    </div>
  `,
})
export class DashboardPage {
  protected readonly countKeys = COUNT_KEYS;
  private readonly transloco = inject(TranslocoService);
  /** Emits when a language's words arrive or change: the chart legend is drawn in them, outside the template's pipes. */
  private readonly translation = toSignal(this.transloco.selectTranslation());
  protected readonly from = signal(isoDay(new Date(Date.now() - 29 * 86_400_000)));
  protected readonly to = signal(isoDay(new Date()));
  /** Mails given up (GET /admin/mail): a number to act on, next to the stats. */
  protected readonly mail = httpResource<{ failed: number }>(() => '/api/v1/admin/mail');
  /** A reversed period is explained here, in the user's language, instead of asking the API. */
  protected readonly rangeReversed = computed(() => Boolean(this.from() && this.to() && this.from() > this.to()));
  /** The period shown: the last one readable and in order, so that clearing or retyping a day keeps the charts. */
  private readonly period = linkedSignal<{ from: string; to: string }, { from: string; to: string }>({
    source: () => ({ from: this.from(), to: this.to() }),
    computation: (next, previous) => (next.from && next.to && next.from <= next.to ? next : (previous?.value ?? next)),
  });
  protected readonly stats = httpResource<AdminStats>(() => {
    const { from, to } = this.period();
    const end = new Date(`${to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return { url: '/api/v1/admin/stats', params: { from: `${from}T00:00:00Z`, to: end.toISOString(), timeZone: 'Europe/Brussels' } };
  });

  protected readonly lineOptions: ChartConfiguration<'line'>['options'] = {
    responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } },
    scales: { y: { beginAtZero: true } },
  };
  protected readonly doughnutOptions: ChartConfiguration<'doughnut'>['options'] = {
    responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } },
  };

  protected readonly lineData = computed<ChartConfiguration<'line'>['data']>(() => {
    const series = this.stats.hasValue() ? revenueSeries(this.stats.value()) : [];
    this.translation();
    const lang = this.transloco.getActiveLang();
    return {
      labels: (series[0]?.labels ?? []).map((day) => formatDay(day, lang)),
      datasets: series.map((line, index) => ({
        label: line.currency, data: line.values, borderColor: COLOURS[index % COLOURS.length], backgroundColor: COLOURS[index % COLOURS.length],
        tension: 0.2, yAxisID: 'y',
      })),
    };
  });

  protected readonly doughnutData = computed<ChartConfiguration<'doughnut'>['data']>(() => {
    const kinds = this.stats.hasValue() ? paymentsByKind(this.stats.value()) : [];
    this.translation();
    return {
      labels: kinds.map((kind) => this.transloco.translate(`dashboard.kinds.${kind.method}`)),
      datasets: [{ data: kinds.map((kind) => kind.payments), backgroundColor: COLOURS }],
    };
  });
}
