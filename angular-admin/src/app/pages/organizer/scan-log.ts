import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Page } from '../../core/api/models';
import { SessionService } from '../../core/auth/session.service';
import { WhenPipe } from '../../shared/format';
import { StateView } from '../../shared/states';

interface ScanEntry {
  id: string;
  result: string;
  mode: string;
  scannedAt: string;
  gateId: string | null;
  conflict: string | null;
}

const PAGE_SIZE = 25;

/** Every scan of the club, newest first, with its verdict; paginated. */
@Component({
  selector: 'app-scan-log',
  imports: [MatButtonModule, TranslocoPipe, WhenPipe, StateView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1>{{ 'scans.title' | transloco }}</h1>
      <app-state [loading]="scans.isLoading() && !scans.hasValue()" [error]="scans.error()" (retry)="scans.reload()"
                 [empty]="scans.hasValue() && scans.value().items.length === 0" emptyText="scans.empty" />
      @if (scans.hasValue() && scans.value().items.length > 0) {
        @let p = scans.value();
        <div class="table-wrap"><table class="data">
          <thead><tr><th>{{ 'scans.at' | transloco }}</th><th>{{ 'scans.result' | transloco }}</th><th>{{ 'scans.mode' | transloco }}</th></tr></thead>
          <tbody>
            @for (scan of p.items; track scan.id) {
              <tr><td>{{ scan.scannedAt | when }}</td>
                <td><span class="badge" [class.ok]="scan.result === 'ok'" [class.bad]="scan.result !== 'ok'">{{ 'scanner.status.' + scan.result | transloco }}</span></td>
                <td>{{ scan.gateId ? ('scans.gate' | transloco) : ('scans.staff' | transloco) }}</td></tr>
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
export class ScanLogPage {
  private readonly session = inject(SessionService);
  private readonly clubId = computed(() => this.session.user()?.clubId);
  protected readonly page = signal(1);
  protected readonly scans = httpResource<Page<ScanEntry>>(() => ({
    url: `/api/v1/clubs/${this.clubId()}/scans`,
    params: { page: this.page(), pageSize: PAGE_SIZE },
  }));

  protected pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }
}
