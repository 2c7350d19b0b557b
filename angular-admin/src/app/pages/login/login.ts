import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { homeFor } from '../../core/auth/guards';
import { SessionService } from '../../core/auth/session.service';
import { problemMessage } from '../../core/problem';

@Component({
  selector: 'app-login',
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: grid; place-items: center; min-height: 100%; background: var(--navy); padding: 16px; box-sizing: border-box; }
    form { background: #fff; border-radius: 16px; padding: 24px; width: min(400px, 100%); box-sizing: border-box; display: grid; gap: 4px; }
    h1 { font-size: 1.4rem; margin: 0 0 16px; }
    .brand { color: var(--navy); font-weight: 700; font-size: 1rem; margin: 0; }
    .error { color: var(--bad); margin: 0 0 12px; }
    .info { color: var(--wait); margin: 0 0 12px; }
    button { height: 48px; }
  `,
  template: `
    <form (ngSubmit)="submit()" #form="ngForm">
      <p class="brand">Guichet</p>
      <h1>{{ 'login.title' | transloco }}</h1>
      @if (expired() && !error()) { <p class="info" role="status">{{ 'login.expired' | transloco }}</p> }
      @if (error()) { <p class="error" role="alert">{{ error()! | transloco }}</p> }
      <mat-form-field appearance="outline">
        <mat-label>{{ 'login.login' | transloco }}</mat-label>
        <input matInput name="login" autocomplete="username" required [(ngModel)]="login" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'login.password' | transloco }}</mat-label>
        <input matInput name="password" type="password" autocomplete="current-password" required [(ngModel)]="password" />
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy() || form.invalid">{{ 'login.submit' | transloco }}</button>
    </form>
  `,
})
export class LoginPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  readonly returnUrl = input<string>();
  readonly expired = input<string>();
  protected login = '';
  protected password = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const user = await this.session.login(this.login.trim(), this.password);
      const target = this.returnUrl();
      await this.router.navigateByUrl(target && target.startsWith('/') && !target.startsWith('/login') ? target : homeFor(user.role));
    } catch (error) {
      const staffOnly = error instanceof HttpErrorResponse && error.status === 403 && error.error?.type?.endsWith('/console-staff-only');
      this.error.set(staffOnly ? 'login.staffOnly' : problemMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
