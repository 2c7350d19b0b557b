import { Clipboard } from '@angular/cdk/clipboard';
import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CreateCustomer, CustomerRow as Customer, GeneratedCredentials, Page } from '../../../core/api/models';
import { fieldErrors, problemMessage } from '../../../core/problem';
import { WhenPipe } from '../../../shared/format';
import { StateView } from '../../../shared/states';
import { partsOf, SeriesTree } from './content-choices';

const PAGE_SIZE = 20;

/**
 * Customers the admin manages by hand (Mobile Money buyers without an account): create with generated
 * credentials shown once, then find them in the searchable list to reset a password or assign content.
 */
@Component({
  selector: 'app-customers',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, StateView, WhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    section { margin-bottom: 16px; } h2 { font-size: 1.1rem; margin: 0 0 12px; }
    .credentials { display: grid; grid-template-columns: auto 1fr auto; gap: 8px 12px; align-items: center; margin-top: 12px; }
    .notice { background: #fff1d6; color: #5c3c00; padding: 8px 12px; border-radius: 8px; }
    .ok { color: var(--ok); } .error { color: var(--bad); }
    tr.selected { background: #eef2ff; } .row-actions { white-space: nowrap; }
    .handle { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: nowrap; }
    @media (max-width: 600px) { .row-actions { white-space: normal; } .credentials { grid-template-columns: 1fr; justify-items: start; } }
  `,
  template: `
    <div class="page">
      <h1>{{ 'customers.title' | transloco }}</h1>
      <section class="card">
        <h2>{{ 'customers.create' | transloco }}</h2>
        <form class="form-grid" #createForm="ngForm" (ngSubmit)="create(createForm)">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.displayName' | transloco }}</mat-label>
            <input matInput name="displayName" required [(ngModel)]="draft.displayName" />
            @if (errors()['displayName']) { <mat-hint class="error">{{ errors()['displayName'] }}</mat-hint> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.email' | transloco }}</mat-label>
            <input matInput name="email" type="email" [(ngModel)]="draft.email" />
            @if (errors()['email']) { <mat-hint class="error">{{ errors()['email'] }}</mat-hint> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.phone' | transloco }}</mat-label>
            <input matInput name="phone" type="tel" [(ngModel)]="draft.phone" />
            @if (errors()['phone']) { <mat-hint class="error">{{ errors()['phone'] }}</mat-hint> }
          </mat-form-field>
          <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.create' | transloco }}</button></div>
        </form>
        @if (createError()) { <p class="error" role="alert">{{ createError()! | transloco }}</p> }
        @if (credentials(); as c) {
          <p class="notice" role="status">{{ 'customers.created' | transloco }}</p>
          <div class="credentials">
            <span>{{ 'customers.username' | transloco }}</span><span class="secret" data-secret="username">{{ c.username }}</span>
            <button mat-stroked-button type="button" (click)="copy(c.username)">{{ 'common.copy' | transloco }}</button>
            <span>{{ 'customers.password' | transloco }}</span><span class="secret" data-secret="password">{{ c.password }}</span>
            <button mat-stroked-button type="button" (click)="copy(c.password)">{{ 'common.copy' | transloco }}</button>
          </div>
          <p class="muted">{{ 'customers.customerId' | transloco }} : <span class="secret">{{ c.user.id }}</span></p>
        }
      </section>
      <div class="toolbar-row">
        <mat-form-field appearance="outline" class="grow">
          <mat-label>{{ 'customers.search' | transloco }}</mat-label>
          <input matInput name="q" type="search" [ngModel]="q()" (ngModelChange)="q.set($event); page.set(1)" />
        </mat-form-field>
      </div>
      <app-state [loading]="list.isLoading() && !list.hasValue()" [error]="list.error()" (retry)="list.reload()"
                 [empty]="list.hasValue() && list.value().items.length === 0" emptyText="customers.empty" />
      @if (list.hasValue() && list.value().items.length > 0) {
        @let p = list.value();
        <div class="table-wrap"><table class="data stack" aria-label="customers">
          <thead><tr><th>{{ 'customers.displayName' | transloco }}</th><th>{{ 'customers.username' | transloco }}</th>
            <th>{{ 'customers.contact' | transloco }}</th><th>{{ 'customers.since' | transloco }}</th><th></th></tr></thead>
          <tbody>
            @for (c of p.items; track c.id) {
              <tr [attr.data-customer]="c.username" [class.selected]="selected()?.id === c.id">
                <td [attr.data-label]="'customers.displayName' | transloco">{{ c.displayName }}</td>
                <td [attr.data-label]="'customers.username' | transloco"><span class="handle">{{ c.username }}</span></td>
                <td [attr.data-label]="'customers.contact' | transloco">{{ c.email ?? c.phone ?? '—' }}</td>
                <td [attr.data-label]="'customers.since' | transloco">{{ c.createdAt | when }}</td>
                <td class="row-actions">
                  <button mat-button type="button" (click)="choose(c)">{{ 'customers.assign' | transloco }}</button>
                  <button mat-button type="button" [disabled]="busy()" (click)="resetPassword(c)">{{ 'customers.resetPassword' | transloco }}</button>
                </td>
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
      @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
      @if (newPassword(); as np) {
        <div class="credentials card">
          <span>{{ np.username }}</span><span class="secret" data-secret="new-password">{{ np.password }}</span>
          <button mat-stroked-button type="button" (click)="copy(np.password)">{{ 'common.copy' | transloco }}</button>
        </div>
      }
      @if (selected(); as customer) {
        <section class="card" aria-label="assign">
          <h2>{{ 'customers.assignTo' | transloco: { name: customer.displayName } }}</h2>
          <div class="form-grid">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'customers.contentType' | transloco }}</mat-label>
              <mat-select name="contentType" [ngModel]="contentType()" (ngModelChange)="contentType.set($event); seriesId.set(''); contentId = ''">
                @for (type of types; track type) { <mat-option [value]="type">{{ 'customers.types.' + type | transloco }}</mat-option> }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'customers.contentSearch' | transloco }}</mat-label>
              <input matInput name="contentQ" type="search" [ngModel]="contentQ()" (ngModelChange)="contentQ.set($event)" />
            </mat-form-field>
            @if (contentType() === 'film' || contentType() === 'series') {
              <mat-form-field appearance="outline">
                <mat-label>{{ 'customers.content' | transloco }}</mat-label>
                <mat-select name="contentId" [(ngModel)]="contentId">
                  @for (item of contents.hasValue() ? contents.value().items : []; track item.id) {
                    <mat-option [value]="item.id">{{ item.title }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            } @else {
              <!-- A season or an episode: first its series, then the part. -->
              <mat-form-field appearance="outline">
                <mat-label>{{ 'customers.types.series' | transloco }}</mat-label>
                <mat-select name="seriesId" [ngModel]="seriesId()" (ngModelChange)="seriesId.set($event); contentId = ''">
                  @for (item of contents.hasValue() ? contents.value().items : []; track item.id) {
                    <mat-option [value]="item.id">{{ item.title }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field appearance="outline">
                <mat-label>{{ 'customers.types.' + contentType() | transloco }}</mat-label>
                <mat-select name="contentId" [(ngModel)]="contentId" [disabled]="!seriesId()">
                  @for (part of parts(); track part.id) { <mat-option [value]="part.id">{{ part.label }}</mat-option> }
                </mat-select>
              </mat-form-field>
            }
          </div>
          <div class="actions">
            <button mat-flat-button type="button" [disabled]="busy() || !contentId" (click)="assign(customer)">{{ 'customers.assign' | transloco }}</button>
            <button mat-stroked-button type="button" (click)="selected.set(null)">{{ 'common.close' | transloco }}</button>
          </div>
        </section>
      }
    </div>
  `,
})
export class CustomersPage {
  private readonly http = inject(HttpClient);
  private readonly clipboard = inject(Clipboard);
  protected readonly types = ['film', 'series', 'season', 'episode'];
  protected draft: { displayName: string; email: string; phone: string } = { displayName: '', email: '', phone: '' };
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly list = httpResource<Page<Customer>>(() => ({
    url: '/api/v1/admin/customers',
    params: { page: this.page(), pageSize: PAGE_SIZE, ...(this.q().trim() ? { q: this.q().trim() } : {}) },
  }));
  protected readonly selected = signal<Customer | null>(null);
  protected readonly contentType = signal('film');
  protected readonly contentQ = signal('');
  /** Films, or series (also to reach their seasons and episodes), to pick from: nobody types a content id by hand. */
  protected readonly contents = httpResource<Page<{ id: string; title: string }>>(() => {
    if (!this.selected()) return undefined;
    const url = this.contentType() === 'film' ? '/api/v1/films' : '/api/v1/series';
    return { url, params: { pageSize: 50, ...(this.contentQ().trim() ? { q: this.contentQ().trim() } : {}) } };
  });
  protected readonly seriesId = signal('');
  private readonly seriesTree = httpResource<SeriesTree>(() => {
    const type = this.contentType();
    return this.selected() && this.seriesId() && (type === 'season' || type === 'episode') ? `/api/v1/series/${this.seriesId()}` : undefined;
  });
  protected readonly parts = computed(() => {
    const type = this.contentType();
    return this.seriesTree.hasValue() && (type === 'season' || type === 'episode') ? partsOf(type, this.seriesTree.value()) : [];
  });
  protected contentId = '';
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly createError = signal<string | null>(null);
  protected readonly credentials = signal<GeneratedCredentials | null>(null);
  protected readonly message = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  protected readonly newPassword = signal<{ username: string; password: string } | null>(null);

  protected pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }

  protected choose(customer: Customer): void {
    this.selected.set(customer);
    this.contentId = '';
  }

  protected async create(form: NgForm): Promise<void> {
    const body: CreateCustomer = { displayName: this.draft.displayName.trim() };
    if (this.draft.email.trim()) body.email = this.draft.email.trim();
    if (this.draft.phone.trim()) body.phone = this.draft.phone.trim();
    await this.run(async () => {
      this.credentials.set(await firstValueFrom(this.http.post<GeneratedCredentials>('/api/v1/admin/customers', body)));
      // resetForm too, so that the emptied required field does not turn red as if the admin had erred.
      form.resetForm();
      this.draft = { displayName: '', email: '', phone: '' };
      this.list.reload();
    }, (error) => {
      this.errors.set(fieldErrors(error));
      this.createError.set(problemMessage(error));
    });
  }

  protected assign(customer: Customer): Promise<void> {
    return this.run(async () => {
      await firstValueFrom(this.http.post(`/api/v1/admin/customers/${customer.id}/entitlements`, { contentType: this.contentType(), contentId: this.contentId.trim() }));
      this.message.set({ kind: 'ok', text: 'customers.assigned' });
    }, (error) => this.message.set({ kind: 'error', text: problemMessage(error) }));
  }

  protected resetPassword(customer: Customer): Promise<void> {
    return this.run(async () => {
      const answer = await firstValueFrom(this.http.post<{ password: string }>(`/api/v1/admin/customers/${customer.id}/password`, {}));
      this.newPassword.set({ username: customer.username, password: answer.password });
      this.message.set({ kind: 'ok', text: 'customers.reset' });
    }, (error) => this.message.set({ kind: 'error', text: problemMessage(error) }));
  }
  protected copy(text: string): void {
    this.clipboard.copy(text);
  }

  private async run(work: () => Promise<void>, failed: (error: unknown) => void): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    this.createError.set(null);
    this.message.set(null);
    this.newPassword.set(null);
    try {
      await work();
    } catch (error) {
      failed(error);
    } finally {
      this.busy.set(false);
    }
  }
}
