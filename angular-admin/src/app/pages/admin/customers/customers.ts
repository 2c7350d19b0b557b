import { Clipboard } from '@angular/cdk/clipboard';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CreateCustomer, GeneratedCredentials } from '../../../core/api/models';
import { fieldErrors, problemMessage } from '../../../core/problem';

/**
 * Customers the admin manages by hand (Mobile Money buyers without an account): create with generated
 * credentials shown once, reset a password, assign content. The API has no customer list yet.
 */
@Component({
  selector: 'app-customers',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    section { margin-bottom: 16px; } h2 { font-size: 1.1rem; margin: 0 0 12px; }
    .credentials { display: grid; grid-template-columns: auto 1fr auto; gap: 8px 12px; align-items: center; margin-top: 12px; }
    .notice { background: #fff1d6; color: #5c3c00; padding: 8px 12px; border-radius: 8px; }
    .ok { color: var(--ok); } .error { color: var(--bad); }
  `,
  template: `
    <div class="page">
      <h1>{{ 'customers.title' | transloco }}</h1>
      <section class="card">
        <h2>{{ 'customers.create' | transloco }}</h2>
        <form class="form-grid" (ngSubmit)="create()">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.displayName' | transloco }}</mat-label>
            <input matInput name="displayName" required [(ngModel)]="draft.displayName" />
            @if (errors()['displayName']) { <mat-error>{{ errors()['displayName'] }}</mat-error> }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.email' | transloco }}</mat-label>
            <input matInput name="email" type="email" [(ngModel)]="draft.email" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.phone' | transloco }}</mat-label>
            <input matInput name="phone" type="tel" [(ngModel)]="draft.phone" />
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
      <section class="card">
        <h2>{{ 'customers.assign' | transloco }} · {{ 'customers.resetPassword' | transloco }}</h2>
        <div class="form-grid">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.customerId' | transloco }}</mat-label>
            <input matInput name="customerId" [(ngModel)]="customerId" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.contentType' | transloco }}</mat-label>
            <mat-select name="contentType" [(ngModel)]="contentType">
              @for (type of types; track type) { <mat-option [value]="type">{{ 'customers.types.' + type | transloco }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'customers.contentId' | transloco }}</mat-label>
            <input matInput name="contentId" [(ngModel)]="contentId" />
          </mat-form-field>
        </div>
        <div class="actions">
          <button mat-flat-button type="button" [disabled]="busy()" (click)="assign()">{{ 'customers.assign' | transloco }}</button>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="resetPassword()">{{ 'customers.resetPassword' | transloco }}</button>
        </div>
        @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
        @if (newPassword(); as password) {
          <div class="credentials">
            <span>{{ 'customers.password' | transloco }}</span><span class="secret">{{ password }}</span>
            <button mat-stroked-button type="button" (click)="copy(password)">{{ 'common.copy' | transloco }}</button>
          </div>
        }
      </section>
    </div>
  `,
})
export class CustomersPage {
  private readonly http = inject(HttpClient);
  private readonly clipboard = inject(Clipboard);
  protected readonly types = ['film', 'series', 'season', 'episode'];
  protected draft: { displayName: string; email: string; phone: string } = { displayName: '', email: '', phone: '' };
  protected customerId = '';
  protected contentType = 'film';
  protected contentId = '';
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly createError = signal<string | null>(null);
  protected readonly credentials = signal<GeneratedCredentials | null>(null);
  protected readonly message = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  protected readonly newPassword = signal<string | null>(null);

  protected async create(): Promise<void> {
    const body: CreateCustomer = { displayName: this.draft.displayName.trim() };
    if (this.draft.email.trim()) body.email = this.draft.email.trim();
    if (this.draft.phone.trim()) body.phone = this.draft.phone.trim();
    await this.run(async () => {
      this.credentials.set(await firstValueFrom(this.http.post<GeneratedCredentials>('/api/v1/admin/customers', body)));
      this.customerId = this.credentials()?.user.id ?? '';
      this.draft = { displayName: '', email: '', phone: '' };
    }, (error) => {
      this.errors.set(fieldErrors(error));
      this.createError.set(problemMessage(error));
    });
  }

  protected assign(): Promise<void> {
    return this.run(async () => {
      await firstValueFrom(this.http.post(`/api/v1/admin/customers/${this.customerId.trim()}/entitlements`, { contentType: this.contentType, contentId: this.contentId.trim() }));
      this.message.set({ kind: 'ok', text: 'customers.assigned' });
    }, (error) => this.message.set({ kind: 'error', text: problemMessage(error) }));
  }

  protected resetPassword(): Promise<void> {
    return this.run(async () => {
      const answer = await firstValueFrom(this.http.post<{ password: string }>(`/api/v1/admin/customers/${this.customerId.trim()}/password`, {}));
      this.newPassword.set(answer.password);
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
