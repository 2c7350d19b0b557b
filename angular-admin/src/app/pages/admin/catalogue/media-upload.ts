import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionService } from '../../../core/auth/session.service';
import { BytesPipe } from '../../../shared/format';
import { tusUpload, UploadProgress } from './tus-upload';

/** The video file of a film or an episode, sent over tus in 5 MB chunks with a progress bar; a dropped connection resumes. */
@Component({
  selector: 'app-media-upload',
  imports: [BytesPipe, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.row { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; } mat-progress-bar { margin: 12px 0 4px; }
    .error { color: var(--bad); } .ok { color: var(--ok); } .muted { color: #666; }`,
  template: `
    <div class="row">
      <input type="file" name="media" accept="video/*" [disabled]="running()" (change)="pick($event)" />
      <button mat-flat-button type="button" [disabled]="!file() || running()" (click)="send()">{{ 'catalogue.sendMedia' | transloco }}</button>
    </div>
    @if (state(); as s) {
      <mat-progress-bar mode="determinate" [value]="percent(s)" [attr.aria-label]="'catalogue.mediaProgress' | transloco" />
      <p class="muted" role="status">
        {{ percent(s) }} % · {{ s.sent | bytes }} / {{ s.size | bytes }}
        @if (s.resuming && running()) { · <strong class="resuming">{{ 'catalogue.resuming' | transloco }}</strong> }
      </p>
    }
    @if (done()) { <p class="ok" role="status">{{ 'catalogue.mediaDone' | transloco }}</p> }
    @if (error(); as e) { <p class="error" role="alert">{{ e | transloco }}</p> }
  `,
})
export class MediaUpload {
  private readonly session = inject(SessionService);
  /** `/api/v1/films/{id}` or `/api/v1/episodes/{id}`. */
  readonly base = input.required<string>();
  readonly uploaded = output<void>();
  protected readonly file = signal<File | null>(null);
  protected readonly state = signal<UploadProgress | null>(null);
  protected readonly running = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);

  protected pick(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.done.set(false);
    this.error.set(null);
  }

  protected percent(s: UploadProgress): number {
    return s.size === 0 ? 0 : Math.floor((100 * s.sent) / s.size);
  }

  protected async send(): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.running.set(true);
    this.done.set(false);
    this.error.set(null);
    try {
      await tusUpload(this.session, `${this.base()}/media/tus`, file, (s) => this.state.set(s));
      this.done.set(true);
      this.uploaded.emit();
    } catch (error) {
      this.error.set(error instanceof Error ? error.message : 'errors.generic');
    } finally {
      this.running.set(false);
    }
  }
}
