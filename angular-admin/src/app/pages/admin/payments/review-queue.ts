import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Page, ReviewedPayment } from '../../../core/api/models';
import { problemMessage } from '../../../core/problem';
import { MoneyPipe, WhenPipe } from '../../../shared/format';
import { StateView } from '../../../shared/states';
import { ProofImage } from './proof-image';

type Outcome = { kind: 'ok' | 'error'; message: string };

/** Mobile Money payments waiting for an admin: proof, amount, reference, buyer; approve or reject with a reason. */
@Component({
  selector: 'app-review-queue',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, MoneyPipe, WhenPipe, StateView, ProofImage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .payment { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr); gap: 16px; margin-bottom: 16px; }
    dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 12px; margin: 0 0 12px; }
    dt { color: #4a4a55; } dd { margin: 0; }
    .amount { font-size: 1.6rem; font-weight: 700; }
    .reference { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 1.3rem; font-weight: 700; letter-spacing: .05em; }
    .outcome { padding: 8px 12px; border-radius: 8px; margin-top: 8px; }
    .outcome.ok { background: #e3f3e8; color: var(--ok); } .outcome.error { background: #fbe5e3; color: var(--bad); }
    .reject { width: 100%; }
    @media (max-width: 700px) { .payment { grid-template-columns: 1fr; } }
  `,
  template: `
    <div class="page">
      <h1>{{ 'review.title' | transloco }}</h1>
      <!-- What was just decided first, then what is left to review. -->
      @for (outcome of decided(); track $index) { <p class="outcome" [class]="outcome.kind" role="status">{{ outcome.message | transloco }}</p> }
      <app-state [loading]="queue.isLoading() && !queue.hasValue()" [error]="queue.error()" (retry)="queue.reload()"
                 [empty]="queue.hasValue() && queue.value().items.length === 0" emptyText="review.empty" />
      @if (queue.hasValue()) {
        @for (p of queue.value().items; track p.id) {
          <article class="card payment" [attr.data-payment]="p.id">
            <div>
              <div class="amount">{{ p.amount | money }}</div>
              <dl>
                <dt>{{ 'review.reference' | transloco }}</dt><dd class="reference">{{ p.reference ?? '—' }}</dd>
                <dt>{{ 'review.buyer' | transloco }}</dt><dd>{{ p.customer.displayName }} ({{ p.customer.username }})@if (p.customer.phone) {<br />{{ p.customer.phone }}}</dd>
                <dt>{{ 'review.sentAt' | transloco }}</dt><dd>{{ p.createdAt | when }}</dd>
              </dl>
              <div class="actions">
                <button mat-flat-button type="button" class="approve" [disabled]="busy() === p.id" (click)="approve(p)">
                  {{ (busy() === p.id ? 'review.deciding' : 'review.approve') | transloco }}
                </button>
              </div>
              <mat-form-field appearance="outline" class="reject">
                <mat-label>{{ 'review.reason' | transloco }}</mat-label>
                <input matInput [name]="'reason-' + p.id" [(ngModel)]="reasons[p.id]" maxlength="500" />
              </mat-form-field>
              <button mat-stroked-button type="button" class="reject-button" [disabled]="busy() === p.id" (click)="reject(p)">{{ 'review.reject' | transloco }}</button>
            </div>
            <div>
              <h2 class="muted" style="font-size:1rem;margin:0 0 8px">{{ 'review.proof' | transloco }}</h2>
              @if (p.proofUrl) { <app-proof-image [url]="p.proofUrl" /> } @else { <p class="muted">{{ 'review.noProof' | transloco }}</p> }
            </div>
          </article>
        }
      }
    </div>
  `,
})
export class ReviewQueuePage {
  private readonly http = inject(HttpClient);
  protected readonly queue = httpResource<Page<ReviewedPayment>>(() => ({ url: '/api/v1/admin/payments', params: { status: 'awaiting_review', pageSize: 20 } }));
  protected readonly busy = signal<string | null>(null);
  protected readonly decided = signal<Outcome[]>([]);
  protected reasons: Record<string, string> = {};

  protected approve(payment: ReviewedPayment): Promise<void> {
    return this.decide(payment, 'approve', {}, 'review.approved');
  }

  protected reject(payment: ReviewedPayment): Promise<void> {
    const reason = this.reasons[payment.id]?.trim();
    if (!reason) {
      this.decided.set([{ kind: 'error', message: 'review.reasonRequired' }]);
      return Promise.resolve();
    }
    return this.decide(payment, 'reject', { reason }, 'review.rejected');
  }

  /** The button stays disabled until the API answers: a double click sends one decision. */
  private async decide(payment: ReviewedPayment, action: 'approve' | 'reject', body: object, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(payment.id);
    try {
      await firstValueFrom(this.http.post(`/api/v1/admin/payments/${payment.id}/${action}`, body));
      this.decided.set([{ kind: 'ok', message: done }]);
    } catch (error) {
      this.decided.set([{ kind: 'error', message: problemMessage(error) }]);
    } finally {
      this.busy.set(null);
      this.queue.reload();
    }
  }
}
