import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ScanResult } from '../../core/api/models';
import { problemMessage } from '../../core/problem';
import { WhenPipe } from '../../shared/format';
import { createFrameReader } from './qr-reader';

interface Verdict {
  ok: boolean;
  key: string;
  usedAt?: string;
}

/** The same code seen again within this time is the same ticket still in front of the camera. */
const SAME_CODE_MS = 4000;

/** Phone-first ticket scanner: camera (or typed code) → POST /access/scan → a full-screen green or red verdict. */
@Component({
  selector: 'app-scanner',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe, WhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .page { max-width: 560px; }
    video { width: 100%; border-radius: 12px; background: #000; aspect-ratio: 4 / 3; object-fit: cover; }
    form { display: flex; gap: 8px; align-items: flex-start; margin-top: 12px; } form mat-form-field { flex: 1; }
    form button { height: 56px; }
    .verdict { position: fixed; inset: 0; z-index: 20; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 16px;
               color: #fff; text-align: center; padding: 24px; border: 0; width: 100%; font: inherit; cursor: pointer; }
    .verdict.ok { background: var(--ok); } .verdict.bad { background: var(--bad); }
    .verdict .word { font-size: clamp(2.2rem, 10vw, 4.5rem); font-weight: 800; line-height: 1.1; }
    .verdict .mark { font-size: clamp(4rem, 20vw, 8rem); line-height: 1; }
    .verdict .hint { font-size: 1.1rem; opacity: .9; }
    .error { color: var(--bad); }
  `,
  template: `
    <div class="page">
      <h1>{{ 'scanner.title' | transloco }}</h1>
      <video #video playsinline muted [hidden]="!cameraOn()"></video>
      <div class="actions">
        @if (cameraOn()) {
          <button mat-stroked-button type="button" (click)="stopCamera()">{{ 'scanner.stop' | transloco }}</button>
        } @else {
          <button mat-flat-button type="button" (click)="startCamera()">{{ 'scanner.start' | transloco }}</button>
        }
      </div>
      @if (cameraError()) { <p class="error" role="alert">{{ 'scanner.noCamera' | transloco }}</p> }
      <form (ngSubmit)="submitManual()">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'scanner.manual' | transloco }}</mat-label>
          <input matInput name="code" autocomplete="off" autocapitalize="off" spellcheck="false" [(ngModel)]="manualCode" />
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy() || !manualCode.trim()">{{ 'scanner.check' | transloco }}</button>
      </form>
      @if (failure()) { <p class="error" role="alert">{{ failure()! | transloco }}</p> }
    </div>
    @if (verdict(); as v) {
      <button type="button" class="verdict" [class.ok]="v.ok" [class.bad]="!v.ok" (click)="verdict.set(null)" role="alert" data-verdict [attr.data-status]="v.key" autofocus>
        <span class="mark" aria-hidden="true">{{ v.ok ? '✓' : '✕' }}</span>
        <span class="word">{{ 'scanner.status.' + v.key | transloco }}</span>
        @if (v.usedAt) { <span class="hint">{{ 'scanner.usedAt' | transloco: { at: (v.usedAt | when) } }}</span> }
        <span class="hint">{{ 'scanner.tapToContinue' | transloco }}</span>
      </button>
    }
  `,
})
export class ScannerPage {
  private readonly http = inject(HttpClient);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  protected readonly cameraOn = signal(false);
  protected readonly cameraError = signal(false);
  protected readonly busy = signal(false);
  protected readonly verdict = signal<Verdict | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected manualCode = '';
  private stream: MediaStream | null = null;
  private lastCode = { code: '', at: 0 };
  private audio: AudioContext | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopCamera());
  }

  protected async startCamera(): Promise<void> {
    this.cameraError.set(false);
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      const video = this.video().nativeElement;
      video.srcObject = this.stream;
      await video.play();
      this.cameraOn.set(true);
      const read = await createFrameReader();
      const loop = async () => {
        if (!this.cameraOn()) return;
        if (!this.verdict() && !this.busy()) {
          const code = await read(video).catch(() => null);
          if (code && !this.seenJustNow(code)) await this.scan(code);
        }
        setTimeout(loop, 150);
      };
      void loop();
    } catch {
      this.cameraError.set(true);
      this.stopCamera();
    }
  }

  protected stopCamera(): void {
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.cameraOn.set(false);
  }

  protected async submitManual(): Promise<void> {
    const code = this.manualCode.trim();
    if (!code) return;
    await this.scan(code);
    this.manualCode = '';
  }

  private seenJustNow(code: string): boolean {
    const now = Date.now();
    const same = code === this.lastCode.code && now - this.lastCode.at < SAME_CODE_MS;
    this.lastCode = { code, at: now };
    return same;
  }

  private async scan(code: string): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      const result = await firstValueFrom(this.http.post<ScanResult>('/api/v1/access/scan', { code }));
      this.show({ ok: result.status === 'ok', key: result.status, usedAt: result.usedAt });
    } catch (error) {
      // A refused code answered as an error (409/404 with a status) is still a verdict for the person at the gate.
      const status = error instanceof HttpErrorResponse ? (error.error as { status?: unknown })?.status : undefined;
      if (typeof status === 'string') this.show({ ok: false, key: status });
      else this.failure.set(problemMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  private show(verdict: Verdict): void {
    this.verdict.set(verdict);
    navigator.vibrate?.(verdict.ok ? 120 : [200, 100, 200]);
    this.beep(verdict.ok);
  }

  private beep(ok: boolean): void {
    try {
      this.audio ??= new AudioContext();
      const oscillator = this.audio.createOscillator();
      oscillator.frequency.value = ok ? 880 : 220;
      oscillator.connect(this.audio.destination);
      oscillator.start();
      oscillator.stop(this.audio.currentTime + (ok ? 0.15 : 0.4));
    } catch {
      // No audio on this device: the colour, word and mark still say it.
    }
  }
}
