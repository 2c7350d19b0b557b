import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { problemMessage } from '../../../core/problem';

const MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024;

/** The image of a film, series, season or episode: the stored one shown, a new one sent as multipart `file`. */
@Component({
  selector: 'app-thumbnail-upload',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `.row { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
    .preview { width: 160px; aspect-ratio: 16 / 9; object-fit: cover; border-radius: 8px; background: #eee; }
    .placeholder { display: grid; place-items: center; color: #666; font-size: 13px; }
    .error { color: var(--bad); } .ok { color: var(--ok); } input { max-width: 100%; }`,
  template: `
    <div class="row">
      @if (url()) { <img class="preview" [src]="url()" [alt]="'catalogue.thumbnail' | transloco" /> }
      @else { <div class="preview placeholder">{{ 'catalogue.noThumbnail' | transloco }}</div> }
      <div>
        <input type="file" name="thumbnail" accept="image/*" [disabled]="busy()" (change)="send($event)" />
        @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
      </div>
    </div>
  `,
})
export class ThumbnailUpload {
  private readonly http = inject(HttpClient);
  /** `/api/v1/{films|series|seasons|episodes}/{id}`. */
  readonly base = input.required<string>();
  /** The stored image's public URL (null: none yet). */
  readonly url = input<string | null>(null);
  readonly uploaded = output<void>();
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: string; text: string } | null>(null);

  protected async send(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_THUMBNAIL_BYTES) {
      this.message.set({ kind: 'error', text: 'catalogue.thumbnailTooLarge' });
      return;
    }
    const form = new FormData();
    form.append('file', file);
    this.busy.set(true);
    this.message.set(null);
    try {
      await firstValueFrom(this.http.put(`${this.base()}/thumbnail`, form));
      this.message.set({ kind: 'ok', text: 'catalogue.thumbnailSaved' });
      this.uploaded.emit();
    } catch (error) {
      this.message.set({ kind: 'error', text: problemMessage(error) });
    } finally {
      this.busy.set(false);
      input.value = '';
    }
  }
}
