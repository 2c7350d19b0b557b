import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionService } from '../../core/auth/session.service';
import { problemMessage } from '../../core/problem';

/**
 * Stripe Connect for the club: the onboarding button, and the pages Stripe sends the organizer back to
 * (`/clubs/{id}/stripe/done|refresh` redirect here). The API tells whether charges are enabled only when it
 * makes an onboarding link: there is no read-only status route yet.
 */
@Component({
  selector: 'app-club',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.error { color: var(--bad); } .ok { color: var(--ok); }`,
  template: `
    <div class="page">
      <h1>{{ 'club.title' | transloco }}</h1>
      <section class="card">
        @if (outcome() === 'done') { <p class="ok" role="status">{{ 'club.returned' | transloco }}</p> }
        @if (outcome() === 'refresh') { <p role="status">{{ 'club.expiredLink' | transloco }}</p> }
        <p>{{ 'club.stripeIntro' | transloco }}</p>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="onboard()">{{ 'club.onboard' | transloco }}</button>
        @if (error()) { <p class="error" role="alert">{{ error()! | transloco }}</p> }
      </section>
    </div>
  `,
})
export class ClubPage {
  readonly outcome = input<string>();
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionService);
  private readonly clubId = computed(() => this.session.user()?.clubId);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async onboard(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const link = await firstValueFrom(this.http.post<{ url: string }>(`/api/v1/clubs/${this.clubId()}/stripe/onboarding`, {}));
      window.location.assign(link.url);
    } catch (error) {
      this.error.set(problemMessage(error));
      this.busy.set(false);
    }
  }
}
