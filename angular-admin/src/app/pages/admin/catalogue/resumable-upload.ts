import { HttpClient, HttpErrorResponse, HttpEventType } from '@angular/common/http';
import { firstValueFrom, lastValueFrom, tap } from 'rxjs';

/** Bytes per PATCH: small enough to lose little on a dropped connection, big enough to stay fast. */
export const CHUNK_BYTES = 5 * 1024 * 1024;
const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 15_000;

interface UploadView {
  uploadId: string;
  offset: number;
  size: number;
  sha256: string | null;
}

export interface UploadProgress {
  sent: number;
  size: number;
  /** A chunk failed: waiting, then asking the server where the upload stands. */
  resuming: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Errors worth retrying: no answer, a server or gateway error, or a 409 (offset moved, or the dropped request still held the upload). */
const retryable = (error: unknown) =>
  error instanceof HttpErrorResponse && (error.status === 0 || error.status === 409 || error.status >= 500);

/**
 * Sends `file` through the API's resumable upload routes (`POST {base}`, then `PATCH {base}/{id}` with
 * `Upload-Offset`). After a failure it backs off, asks the server for its offset (`GET`) and continues from
 * there, so bytes already stored are never sent again.
 */
export async function resumableUpload(
  http: HttpClient,
  base: string,
  file: File,
  progress: (state: UploadProgress) => void,
): Promise<UploadView> {
  const created = await firstValueFrom(
    http.post<UploadView>(base, { size: file.size, fileName: file.name, contentType: file.type || 'application/octet-stream' }),
  );
  const url = `${base}/${created.uploadId}`;
  let view = created;
  let attempt = 0;
  progress({ sent: view.offset, size: file.size, resuming: false });
  while (view.offset < file.size) {
    const offset = view.offset;
    try {
      const chunk = file.slice(offset, Math.min(offset + CHUNK_BYTES, file.size));
      const events = http.patch<UploadView>(url, chunk, {
        headers: { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
        observe: 'events',
        reportProgress: true,
      });
      const last = await lastValueFrom(
        events.pipe(
          tap((event) => {
            if (event.type === HttpEventType.UploadProgress) progress({ sent: offset + event.loaded, size: file.size, resuming: attempt > 0 });
          }),
        ),
      );
      if (last.type !== HttpEventType.Response || !last.body) throw new Error('no answer body');
      view = last.body;
      attempt = 0;
      progress({ sent: view.offset, size: file.size, resuming: false });
    } catch (error) {
      if (!retryable(error) || ++attempt > MAX_ATTEMPTS) throw error;
      progress({ sent: offset, size: file.size, resuming: true });
      await sleep(Math.min(500 * 2 ** (attempt - 1), MAX_BACKOFF_MS));
      view = await firstValueFrom(http.get<UploadView>(url)).catch(() => view);
      progress({ sent: view.offset, size: file.size, resuming: true });
    }
  }
  return view;
}
