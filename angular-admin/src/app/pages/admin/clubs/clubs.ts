import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Club, Page } from '../../../core/api/models';
import { WhenPipe } from '../../../shared/format';
import { StateView } from '../../../shared/states';

const PAGE_SIZE = 20;

/** The clubs on the platform (organizers register them), searchable by name. */
@Component({
  selector: 'app-clubs',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, StateView, WhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <h1>{{ 'clubs.title' | transloco }}</h1>
      <div class="toolbar-row">
        <mat-form-field appearance="outline" class="grow">
          <mat-label>{{ 'clubs.search' | transloco }}</mat-label>
          <input matInput name="q" type="search" [ngModel]="q()" (ngModelChange)="q.set($event); page.set(1)" />
        </mat-form-field>
      </div>
      <app-state [loading]="list.isLoading() && !list.hasValue()" [error]="list.error()" (retry)="list.reload()"
                 [empty]="list.hasValue() && list.value().items.length === 0" emptyText="clubs.empty" />
      @if (list.hasValue() && list.value().items.length > 0) {
        @let p = list.value();
        <div class="table-wrap"><table class="data stack" [attr.aria-label]="'clubs.title' | transloco">
          <thead><tr><th>{{ 'clubs.name' | transloco }}</th><th>{{ 'clubs.country' | transloco }}</th><th>{{ 'clubs.since' | transloco }}</th></tr></thead>
          <tbody>
            @for (club of p.items; track club.id) {
              <tr [attr.data-club]="club.id">
                <td [attr.data-label]="'clubs.name' | transloco">{{ club.name }}</td>
                <td [attr.data-label]="'clubs.country' | transloco">{{ club.country }}</td>
                <td [attr.data-label]="'clubs.since' | transloco">{{ club.createdAt | when }}</td>
              </tr>
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
export class ClubsPage {
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly list = httpResource<Page<Club>>(() => ({
    url: '/api/v1/clubs',
    params: { page: this.page(), pageSize: PAGE_SIZE, ...(this.q().trim() ? { q: this.q().trim() } : {}) },
  }));

  protected pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }
}
