import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Money } from '../../../core/api/models';
import { BytesPipe, MoneyPipe } from '../../../shared/format';
import { StateView } from '../../../shared/states';
import { MediaUpload } from './media-upload';
import { ThumbnailUpload } from './thumbnail-upload';
import { FormAction } from '../../../shared/form-action';

interface Episode {
  id: string;
  number: number;
  title: string;
  thumbnailUrl: string | null;
  media: { size: number; fileName: string; sha256: string } | null;
}

interface Season {
  id: string;
  number: number;
  title: string | null;
  price: Money | null;
  thumbnailUrl: string | null;
  episodes: Episode[];
}

interface SeriesDetail {
  id: string;
  title: string;
  description: string;
  price: Money;
  thumbnailUrl: string | null;
  seasons: Season[];
}

/** One series: its fields and image, its seasons (create, image, archive) and their episodes (create, image, video, archive). */
@Component({
  selector: 'app-series-detail',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslocoPipe, MoneyPipe, StateView, ThumbnailUpload, MediaUpload, BytesPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `section { margin-bottom: 16px; } h2 { font-size: 18px; margin: 0 0 12px; } h3 { font-size: 16px; margin: 16px 0 8px; }
    .wide { grid-column: 1 / -1; } .ok { color: var(--ok); } .error { color: var(--bad); }
    .episode { border-top: 1px solid #e5e5e5; padding: 12px 0; } .episode-head { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    .episode-head .grow { flex: 1; min-width: 140px; } .muted { color: #666; font-size: 13px; }
    .sha256 { font-family: ui-monospace, Menlo, Consolas, monospace; word-break: break-all; }`,
  template: `
    <div class="page">
      <p><a routerLink="/series">← {{ 'nav.series' | transloco }}</a></p>
      <app-state [loading]="series.isLoading() && !series.hasValue()" [error]="series.error()" (retry)="series.reload()" />
      @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
      @if (series.hasValue()) {
        @let s = series.value();
        <h1>{{ s.title }}</h1>
        <section class="card">
          <form class="form-grid" (ngSubmit)="save()">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'films.name' | transloco }}</mat-label>
              <input matInput name="title" [(ngModel)]="draft.title" />
              @if (errors()['title']) { <mat-hint class="error">{{ errors()['title'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'films.price' | transloco }}</mat-label>
              <input matInput name="price" type="number" min="0" [(ngModel)]="draft.price" />
              @if (errors()['price.amount']) { <mat-hint class="error">{{ errors()['price.amount'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline" class="wide">
              <mat-label>{{ 'catalogue.description' | transloco }}</mat-label>
              <textarea matInput name="description" rows="2" [(ngModel)]="draft.description"></textarea>
              @if (errors()['description']) { <mat-hint class="error">{{ errors()['description'] }}</mat-hint> }
            </mat-form-field>
            <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | transloco }}</button></div>
          </form>
          <h3>{{ 'catalogue.thumbnail' | transloco }}</h3>
          <app-thumbnail-upload [base]="'/api/v1/series/' + s.id" [url]="s.thumbnailUrl" (uploaded)="series.reload()" />
        </section>

        @for (season of s.seasons; track season.id) {
          <section class="card season">
            <h2>{{ 'series.season' | transloco: { number: season.number } }}@if (season.title) { · {{ season.title }} }
              @if (season.price) { <span class="muted"> · {{ season.price | money }}</span> }</h2>
            <app-thumbnail-upload [base]="'/api/v1/seasons/' + season.id" [url]="season.thumbnailUrl" (uploaded)="series.reload()" />
            @for (episode of season.episodes; track episode.id) {
              <div class="episode">
                <div class="episode-head">
                  <strong class="grow">{{ episode.number }}. {{ episode.title }}</strong>
                  <span class="muted">{{ (episode.media ? 'series.hasVideo' : 'catalogue.noMedia') | transloco }}</span>
                  <button mat-button type="button" (click)="open.set(open() === episode.id ? null : episode.id)">{{ 'catalogue.edit' | transloco }}</button>
                  <button mat-button type="button" [disabled]="busy()" (click)="archive('episodes', episode.id, episode.title)">{{ 'films.archive' | transloco }}</button>
                </div>
                @if (open() === episode.id) {
                  <h3>{{ 'catalogue.thumbnail' | transloco }}</h3>
                  <app-thumbnail-upload [base]="'/api/v1/episodes/' + episode.id" [url]="episode.thumbnailUrl" (uploaded)="series.reload()" />
                  <h3>{{ 'catalogue.media' | transloco }}</h3>
                  @if (episode.media; as m) { <p class="muted stored-media">{{ m.fileName }} · {{ m.size | bytes }} · sha256 <span class="sha256">{{ m.sha256 }}</span></p> }
                  <app-media-upload [base]="'/api/v1/episodes/' + episode.id" (uploaded)="series.reload()" />
                }
              </div>
            }
            <form class="form-grid" (ngSubmit)="addEpisode(season)">
              <mat-form-field appearance="outline">
                <mat-label>{{ 'series.episodeTitle' | transloco }}</mat-label>
                <input matInput name="episodeTitle" [(ngModel)]="episodeTitles[season.id]" />
              </mat-form-field>
              <div class="actions"><button mat-stroked-button type="submit" [disabled]="busy()">{{ 'series.addEpisode' | transloco }}</button></div>
            </form>
            <div class="actions"><button mat-button type="button" [disabled]="busy()" (click)="archive('seasons', season.id, season.title ?? season.number)">{{ 'series.archiveSeason' | transloco }}</button></div>
          </section>
        }
        <section class="card">
          <form class="form-grid" (ngSubmit)="addSeason(s)">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'series.seasonTitle' | transloco }}</mat-label>
              <input matInput name="seasonTitle" [(ngModel)]="seasonTitle" />
              @if (errors()['title']) { <mat-hint class="error">{{ errors()['title'] }}</mat-hint> }
            </mat-form-field>
            <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()">{{ 'series.addSeason' | transloco }}</button></div>
          </form>
        </section>
      }
    </div>
  `,
})
export class SeriesDetailPage {
  private readonly http = inject(HttpClient);
  private readonly transloco = inject(TranslocoService);
  /** From the route (`series/:id`). */
  readonly id = input.required<string>();
  protected readonly series = httpResource<SeriesDetail>(() => `/api/v1/series/${this.id()}`);
  protected draft = { title: '', description: '', price: 0 };
  protected seasonTitle = '';
  protected episodeTitles: Record<string, string> = {};
  protected readonly open = signal<string | null>(null);
  private readonly action = new FormAction(() => this.series.reload());
  protected readonly busy = this.action.busy;
  protected readonly errors = this.action.errors;
  protected readonly message = this.action.message;
  private loadedId: string | null = null;

  constructor() {
    // Fill the form once per series, so that reloads after uploads keep unsaved edits.
    effect(() => {
      if (!this.series.hasValue()) return;
      const s = this.series.value();
      if (this.loadedId === s.id) return;
      this.loadedId = s.id;
      this.draft = { title: s.title, description: s.description, price: s.price.amount };
    });
  }

  protected save(): Promise<void> {
    const s = this.series.value();
    const body = { title: this.draft.title, description: this.draft.description, price: { amount: Number(this.draft.price), currency: s?.price.currency ?? 'XAF' } };
    return this.action.run(this.http.patch(`/api/v1/series/${this.id()}`, body), 'catalogue.saved', () => (this.loadedId = null));
  }

  protected addSeason(s: SeriesDetail): Promise<void> {
    const number = Math.max(0, ...s.seasons.map((season) => season.number)) + 1;
    const body = { number, title: this.seasonTitle.trim() || null };
    return this.action.run(this.http.post(`/api/v1/series/${s.id}/seasons`, body), 'series.seasonCreated', () => (this.seasonTitle = ''));
  }

  protected addEpisode(season: Season): Promise<void> {
    const number = Math.max(0, ...season.episodes.map((episode) => episode.number)) + 1;
    const body = { number, title: (this.episodeTitles[season.id] ?? '').trim() };
    return this.action.run(this.http.post(`/api/v1/seasons/${season.id}/episodes`, body), 'series.episodeCreated', () => (this.episodeTitles[season.id] = ''));
  }

  protected archive(kind: 'seasons' | 'episodes', id: string, title: string | number): Promise<void> {
    if (!confirm(this.transloco.translate('series.confirmArchivePart', { title }))) return Promise.resolve();
    return this.action.run(this.http.delete(`/api/v1/${kind}/${id}`), 'series.archivedPart');
  }

}
