import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { problemMessage } from '../core/problem';

/** Loading, error (the API's problem detail) and empty states, the same on every screen. */
@Component({
  selector: 'app-state',
  imports: [MatProgressSpinnerModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .box { display: flex; align-items: center; gap: 12px; padding: 24px; background: #fff; border-radius: 12px; margin: 8px 0; }
    .error { border-left: 4px solid var(--bad); }
    .loading { animation: appear 0s .3s both; }
    @keyframes appear { from { visibility: hidden; } to { visibility: visible; } }
  `,
  template: `
    @if (loading()) {
      <div class="box loading" role="status"><mat-spinner diameter="28" />{{ 'common.loading' | transloco }}</div>
    } @else if (error()) {
      <div class="box error" role="alert">
        <span>{{ message() | transloco }}</span>
        <button mat-stroked-button type="button" (click)="retry.emit()">{{ 'common.retry' | transloco }}</button>
      </div>
    } @else if (empty()) {
      <div class="box" role="status">{{ emptyText() | transloco }}</div>
    }
  `,
})
export class StateView {
  readonly loading = input(false);
  readonly error = input<unknown>(undefined);
  readonly empty = input(false);
  readonly emptyText = input('');
  readonly retry = output<void>();
  protected message(): string {
    return problemMessage(this.error());
  }
}
