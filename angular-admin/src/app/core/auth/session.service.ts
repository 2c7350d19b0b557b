import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ConsoleSession, ConsoleUser } from '../api/models';

export const SESSION_URL = '/api/v1/auth/session';
/** Refresh when this share of the access token's life has passed, well before it expires. */
const REFRESH_AT = 0.75;

/**
 * The console's session. The access token lives only in this object (never in storage a script could read);
 * the refresh token is an HttpOnly cookie the browser sends to /api/v1/auth/session/* only.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private accessToken: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private restoring: Promise<boolean> | undefined;
  private refreshing: Promise<boolean> | undefined;

  readonly user = signal<ConsoleUser | null>(null);
  readonly isAdmin = computed(() => this.user()?.role === 'admin');
  readonly isOrganizer = computed(() => this.user()?.role === 'organizer');

  token(): string | null {
    return this.accessToken;
  }

  async login(login: string, password: string): Promise<ConsoleUser> {
    const session = await firstValueFrom(this.http.post<ConsoleSession>(SESSION_URL, { login, password }));
    this.apply(session);
    return session.user;
  }

  /** Once per page load: a reload finds the session again through the refresh cookie. */
  restore(): Promise<boolean> {
    this.restoring ??= this.user() ? Promise.resolve(true) : this.refresh();
    return this.restoring;
  }

  /** One refresh at a time, also across tabs (Web Locks): a refresh token is single-use, a second use ends the session. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.withLock(() => this.exchange()).finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post(`${SESSION_URL}/logout`, {}));
    } finally {
      this.clear();
      await this.router.navigate(['/login']);
    }
  }

  /** The session ended on the server (expired, revoked): back to the login page, coming back here afterwards. */
  async expired(): Promise<void> {
    const returnUrl = this.router.url;
    this.clear();
    await this.router.navigate(['/login'], { queryParams: { returnUrl, expired: 1 } });
  }

  private async exchange(): Promise<boolean> {
    try {
      this.apply(await firstValueFrom(this.http.post<ConsoleSession>(`${SESSION_URL}/refresh`, {})));
      return true;
    } catch {
      this.clear();
      return false;
    }
  }

  private apply(session: ConsoleSession): void {
    this.accessToken = session.accessToken;
    this.user.set(session.user);
    this.restoring = Promise.resolve(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.refresh().then((ok) => (ok ? undefined : this.expired()));
    }, session.expiresIn * 1000 * REFRESH_AT);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.accessToken = null;
    this.user.set(null);
    this.restoring = Promise.resolve(false);
  }

  private withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? (locks.request('guichet-console-refresh', work) as Promise<T>) : work();
  }
}
