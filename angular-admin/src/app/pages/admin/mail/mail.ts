import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { FailedMail, MailStatus } from '../../../core/api/models';
import { problemMessage } from '../../../core/problem';
import { WhenPipe } from '../../../shared/format';
import { StateView } from '../../../shared/states';

interface OutboxMail { id: string; storedAt: string; to: string; subject: string }

/** Mails given up after their last attempt, each retryable; and the local outbox when there is no SMTP server. */
@Component({
  selector: 'app-mail',
  imports: [MatButtonModule, TranslocoPipe, StateView, WhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    section { margin-bottom: 16px; } h2 { font-size: 1.1rem; margin: 0 0 12px; }
    .ok { color: var(--ok); } .error { color: var(--bad); } td { overflow-wrap: anywhere; }
    .cards .card:last-child .stat-value { font-size: 1.2rem; }
  `,
  template: `
    <div class="page">
      <h1>{{ 'mail.title' | transloco }}</h1>
      <app-state [loading]="status.isLoading() && !status.hasValue()" [error]="status.error()" (retry)="status.reload()" />
      @if (status.hasValue()) {
        @let s = status.value();
        <section class="cards" aria-label="mail counts">
          <div class="card" data-count="failed"><div class="stat-value">{{ s.failed }}</div><div class="stat-label">{{ 'mail.failed' | transloco }}</div></div>
          <div class="card" data-count="failedTotal"><div class="stat-value">{{ s.failedTotal }}</div><div class="stat-label">{{ 'mail.failedTotal' | transloco }}</div></div>
          <div class="card"><div class="stat-value">{{ 'mail.delivery.' + s.delivery | transloco }}</div><div class="stat-label">{{ 'mail.deliveryLabel' | transloco }}</div></div>
        </section>
      }
      <section class="card">
        <h2>{{ 'mail.failedList' | transloco }}</h2>
        @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
        <app-state [loading]="failed.isLoading() && !failed.hasValue()" [error]="failed.error()" (retry)="failed.reload()"
                   [empty]="failed.hasValue() && failed.value().items.length === 0" emptyText="mail.noFailed" />
        @if (failed.hasValue() && failed.value().items.length > 0) {
          <div class="table-wrap"><table class="data stack" aria-label="failed mails">
            <thead><tr><th>{{ 'mail.to' | transloco }}</th><th>{{ 'mail.subject' | transloco }}</th><th>{{ 'mail.failedAt' | transloco }}</th><th></th></tr></thead>
            <tbody>
              @for (mail of failed.value().items; track mail.id) {
                <tr><td [attr.data-label]="'mail.to' | transloco">{{ mail.to }}</td><td class="subject" [attr.data-label]="'mail.subject' | transloco">{{ mail.subject }}</td>
                  <td [attr.data-label]="'mail.failedAt' | transloco">{{ mail.failedAt | when }}</td>
                  <td><button mat-stroked-button type="button" [disabled]="busy()" (click)="retry(mail)">{{ 'common.retry' | transloco }}</button></td></tr>
              }
            </tbody>
          </table></div>
        }
      </section>
      @if (status.hasValue() && status.value().delivery === 'outbox') {
        <section class="card">
          <h2>{{ 'mail.outbox' | transloco }}</h2>
          <app-state [loading]="outbox.isLoading() && !outbox.hasValue()" [error]="outbox.error()" (retry)="outbox.reload()"
                     [empty]="outbox.hasValue() && outbox.value().items.length === 0" emptyText="mail.outboxEmpty" />
          @if (outbox.hasValue() && outbox.value().items.length > 0) {
            <div class="table-wrap"><table class="data stack" aria-label="outbox">
              <thead><tr><th>{{ 'mail.to' | transloco }}</th><th>{{ 'mail.subject' | transloco }}</th><th>{{ 'mail.storedAt' | transloco }}</th></tr></thead>
              <tbody>
                @for (mail of outbox.value().items; track mail.id) {
                  <tr><td [attr.data-label]="'mail.to' | transloco">{{ mail.to }}</td><td class="subject" [attr.data-label]="'mail.subject' | transloco">{{ mail.subject }}</td>
                    <td [attr.data-label]="'mail.storedAt' | transloco">{{ mail.storedAt | when }}</td></tr>
                }
              </tbody>
            </table></div>
          }
        </section>
      }
    </div>
  `,
})
export class MailPage {
  private readonly http = inject(HttpClient);
  protected readonly status = httpResource<MailStatus>(() => '/api/v1/admin/mail');
  protected readonly failed = httpResource<{ items: FailedMail[] }>(() => '/api/v1/admin/mail/failed');
  protected readonly outbox = httpResource<{ enabled: boolean; items: OutboxMail[] }>(() =>
    this.status.hasValue() && this.status.value().delivery === 'outbox' ? '/api/v1/admin/outbox' : undefined,
  );
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  protected async retry(mail: FailedMail): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await firstValueFrom(this.http.post(`/api/v1/admin/mail/failed/${encodeURIComponent(mail.id)}/retry`, {}));
      this.message.set({ kind: 'ok', text: 'mail.retried' });
      this.failed.reload();
      this.status.reload();
    } catch (error) {
      this.message.set({ kind: 'error', text: problemMessage(error) });
    } finally {
      this.busy.set(false);
    }
  }
}
