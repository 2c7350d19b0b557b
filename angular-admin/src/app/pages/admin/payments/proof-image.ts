import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** The proof needs the bearer token, so it is fetched as a blob; a click toggles full size (zoom). */
@Component({
  selector: 'app-proof-image',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    button { all: unset; cursor: zoom-in; display: block; max-width: 100%; }
    button:focus-visible { outline: 3px solid var(--accent); }
    img { max-width: 100%; max-height: 360px; border-radius: 8px; border: 1px solid #ddd; display: block; }
    .zoomed { position: fixed; inset: 0; background: rgb(0 0 0 / 85%); z-index: 10; display: grid; place-items: center; cursor: zoom-out; overflow: auto; }
    .zoomed img { max-width: none; max-height: none; width: min(1400px, 100vw); }
  `,
  template: `
    @if (src(); as source) {
      <button type="button" [class.zoomed]="zoomed()" (click)="zoomed.set(!zoomed())" (keydown.escape)="zoomed.set(false)" [attr.aria-label]="'review.zoom' | transloco" [attr.aria-pressed]="zoomed()">
        <img [src]="source" [alt]="'review.proof' | transloco" />
      </button>
    } @else { <p class="muted">{{ 'common.loading' | transloco }}</p> }
  `,
})
export class ProofImage {
  readonly url = input.required<string>();
  protected readonly src = signal<string | null>(null);
  protected readonly zoomed = signal(false);

  constructor() {
    const http = inject(HttpClient);
    let objectUrl: string | null = null;
    effect((onCleanup) => {
      const subscription = http.get(this.url(), { responseType: 'blob' }).subscribe({
        next: (blob) => {
          objectUrl = URL.createObjectURL(blob);
          this.src.set(objectUrl);
        },
      });
      onCleanup(() => subscription.unsubscribe());
    });
    inject(DestroyRef).onDestroy(() => objectUrl && URL.revokeObjectURL(objectUrl));
  }
}
