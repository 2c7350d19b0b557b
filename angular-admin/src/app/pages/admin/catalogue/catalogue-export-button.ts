import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { mdiDownload } from '@mdi/js';
import { firstValueFrom } from 'rxjs';
import { problemMessage } from '../../../core/problem';
import { Icon } from '../../../shared/icon';
import { saveFile } from '../../../shared/save-file';

/** Downloads GET /catalogue/export (every film, series and upcoming match as one JSON document). */
@Component({
  selector: 'app-catalogue-export-button',
  imports: [MatButtonModule, TranslocoPipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `:host { display: inline-flex; flex-direction: column; gap: 4px; } app-icon { margin-right: 4px; vertical-align: middle; } .error { color: var(--bad); margin: 0; }`,
  template: `
    <button mat-stroked-button type="button" class="catalogue-export" [disabled]="busy()" (click)="download()">
      <app-icon [path]="icon" />{{ 'catalogue.export' | transloco }}
    </button>
    @if (error(); as e) { <p class="error" role="alert">{{ e | transloco }}</p> }
  `,
})
export class CatalogueExportButton {
  private readonly http = inject(HttpClient);
  protected readonly icon = mdiDownload;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async download(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const document = await firstValueFrom(this.http.get('/api/v1/catalogue/export', { responseType: 'blob' }));
      saveFile(document, `catalogue-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (error) {
      this.error.set(problemMessage(error));
    } finally {
      this.busy.set(false);
    }
  }
}
