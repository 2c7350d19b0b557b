import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Money } from '../../../core/api/models';
import { fieldErrors, problemMessage } from '../../../core/problem';
import { StateView } from '../../../shared/states';
import { BytesPipe } from '../../../shared/format';
import { MediaUpload } from './media-upload';
import { ThumbnailUpload } from './thumbnail-upload';

interface MediaSummary {
  size: number;
  fileName: string;
  sha256: string;
}

interface FilmDetail {
  id: string;
  title: string;
  description: string;
  genres: string[];
  year: number | null;
  durationMinutes: number | null;
  language: string | null;
  price: Money;
  thumbnailUrl: string | null;
  media: MediaSummary | null;
}

interface Draft {
  title: string;
  description: string;
  genres: string;
  year: number | null;
  durationMinutes: number | null;
  language: string;
  price: number;
}

/** One film: its fields (the API's field errors on each), its image, its video file. */
@Component({
  selector: 'app-film-edit',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, TranslocoPipe, StateView, ThumbnailUpload, MediaUpload, BytesPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `section { margin-bottom: 16px; } h2 { font-size: 18px; margin: 0 0 12px; } .wide { grid-column: 1 / -1; }
    .ok { color: var(--ok); } .error { color: var(--bad); } .hash { font-family: monospace; word-break: break-all; font-size: 12px; }`,
  template: `
    <div class="page">
      <p><a routerLink="/films">← {{ 'nav.films' | transloco }}</a></p>
      <app-state [loading]="film.isLoading() && !film.hasValue()" [error]="film.error()" (retry)="film.reload()" />
      @if (film.hasValue()) {
        @let f = film.value();
        <h1>{{ f.title }}</h1>
        <section class="card">
          <form class="form-grid" (ngSubmit)="save()">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'films.name' | transloco }}</mat-label>
              <input matInput name="title" [(ngModel)]="draft.title" />
              @if (errors()['title']) { <mat-hint class="error">{{ errors()['title'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'films.year' | transloco }}</mat-label>
              <input matInput name="year" type="number" [(ngModel)]="draft.year" />
              @if (errors()['year']) { <mat-hint class="error">{{ errors()['year'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'films.price' | transloco }}</mat-label>
              <input matInput name="price" type="number" min="0" [(ngModel)]="draft.price" />
              @if (errors()['price.amount']) { <mat-hint class="error">{{ errors()['price.amount'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'catalogue.duration' | transloco }}</mat-label>
              <input matInput name="durationMinutes" type="number" min="1" [(ngModel)]="draft.durationMinutes" />
              @if (errors()['durationMinutes']) { <mat-hint class="error">{{ errors()['durationMinutes'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'catalogue.language' | transloco }}</mat-label>
              <input matInput name="language" [(ngModel)]="draft.language" />
              @if (errors()['language']) { <mat-hint class="error">{{ errors()['language'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'catalogue.genres' | transloco }}</mat-label>
              <input matInput name="genres" placeholder="Drame, Comédie" [(ngModel)]="draft.genres" />
              @if (errors()['genres']) { <mat-hint class="error">{{ errors()['genres'] }}</mat-hint> }
            </mat-form-field>
            <mat-form-field appearance="outline" class="wide">
              <mat-label>{{ 'catalogue.description' | transloco }}</mat-label>
              <textarea matInput name="description" rows="3" [(ngModel)]="draft.description"></textarea>
              @if (errors()['description']) { <mat-hint class="error">{{ errors()['description'] }}</mat-hint> }
            </mat-form-field>
            <div class="actions"><button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | transloco }}</button></div>
          </form>
          @if (message(); as m) { <p [class]="m.kind" role="status">{{ m.text | transloco }}</p> }
        </section>
        <section class="card">
          <h2>{{ 'catalogue.thumbnail' | transloco }}</h2>
          <app-thumbnail-upload [base]="base()" [url]="f.thumbnailUrl" (uploaded)="film.reload()" />
        </section>
        <section class="card">
          <h2>{{ 'catalogue.media' | transloco }}</h2>
          @if (f.media; as m) {
            <p class="stored-media">{{ m.fileName }} · {{ m.size | bytes }}</p>
            <p class="hash">sha256 <span class="sha256">{{ m.sha256 }}</span></p>
          } @else { <p>{{ 'catalogue.noMedia' | transloco }}</p> }
          <app-media-upload [base]="base()" (uploaded)="film.reload()" />
        </section>
      }
    </div>
  `,
})
export class FilmEditPage {
  private readonly http = inject(HttpClient);
  /** From the route (`films/:id`). */
  readonly id = input.required<string>();
  protected readonly base = () => `/api/v1/films/${this.id()}`;
  protected readonly film = httpResource<FilmDetail>(() => this.base());
  protected draft: Draft = { title: '', description: '', genres: '', year: null, durationMinutes: null, language: '', price: 0 };
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly message = signal<{ kind: string; text: string } | null>(null);
  private loadedId: string | null = null;

  constructor() {
    // Fill the form once per film, so that an image or media reload does not wipe unsaved edits.
    effect(() => {
      if (!this.film.hasValue()) return;
      const f = this.film.value();
      if (this.loadedId === f.id) return;
      this.loadedId = f.id;
      this.draft = {
        title: f.title, description: f.description, genres: f.genres.join(', '), year: f.year,
        durationMinutes: f.durationMinutes, language: f.language ?? '', price: f.price.amount,
      };
    });
  }

  protected async save(): Promise<void> {
    const d = this.draft;
    const body = {
      title: d.title, description: d.description, year: d.year || null, durationMinutes: d.durationMinutes || null,
      language: d.language.trim() || null, genres: d.genres.split(',').map((g) => g.trim()).filter(Boolean),
      price: { amount: Number(d.price), currency: this.film.value()?.price.currency ?? 'XAF' },
    };
    this.busy.set(true);
    this.errors.set({});
    this.message.set(null);
    try {
      await firstValueFrom(this.http.patch(this.base(), body));
      this.message.set({ kind: 'ok', text: 'catalogue.saved' });
      this.loadedId = null;
      this.film.reload();
    } catch (error) {
      this.errors.set(fieldErrors(error));
      this.message.set({ kind: 'error', text: problemMessage(error) });
    } finally {
      this.busy.set(false);
    }
  }
}
