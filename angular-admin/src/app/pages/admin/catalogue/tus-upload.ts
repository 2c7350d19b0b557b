import { DetailedError, Upload } from 'tus-js-client';
import { SessionService } from '../../../core/auth/session.service';

/** Bytes per PATCH: small enough to lose little on a dropped connection, big enough to stay fast. */
export const CHUNK_BYTES = 5 * 1024 * 1024;
/** Waits before each new attempt after a failure (tus-js-client asks the server's offset with HEAD first). */
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15_000, 15_000, 15_000, 15_000, 15_000];

export interface UploadProgress {
  sent: number;
  size: number;
  /** A request failed: waiting, then asking the server where the upload stands. */
  resuming: boolean;
}

/** The problem+json `detail` of a refused request, else a plain fallback key for the screen. */
function uploadMessage(error: Error | DetailedError): string {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  if (!response) return 'errors.network';
  try {
    const problem = JSON.parse(response.getBody()) as { detail?: string; title?: string };
    return problem.detail ?? problem.title ?? 'errors.generic';
  } catch {
    return 'errors.generic';
  }
}

/**
 * Sends `file` over tus 1.0 to `endpoint` (`POST` creates the upload, `PATCH`es carry 5 MB chunks). After a
 * failure tus-js-client waits, asks the server for its offset (`HEAD`) and continues from there, so bytes
 * already stored are never sent again. The access token is read for every request: it is refreshed during
 * a long upload, and never stored. Upload URLs are not kept in localStorage either: the same file sent to
 * two films must make two uploads, and a reload starts over.
 */
export function tusUpload(session: SessionService, endpoint: string, file: File, progress: (state: UploadProgress) => void): Promise<void> {
  let resuming = false;
  /** What the server has confirmed: where a retry continues from, at the latest. */
  let accepted = 0;
  return new Promise((resolve, reject) => {
    const upload = new Upload(file, {
      // tus-js-client resolves the Location it is given against the endpoint, which must be absolute.
      endpoint: new URL(endpoint, window.location.origin).href,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS_MS,
      storeFingerprintForResuming: false,
      metadata: { filename: file.name, filetype: file.type || 'application/octet-stream' },
      onBeforeRequest: (request) => request.setHeader('Authorization', `Bearer ${session.token() ?? ''}`),
      onShouldRetry: (error) => {
        const status = error.originalResponse?.getStatus() ?? 0;
        // An expired access token: refresh it, the next attempt sends the new one.
        if (status === 401) void session.refresh();
        const retry = status === 0 || status === 401 || status === 409 || status === 423 || status >= 500;
        if (retry) {
          resuming = true;
          progress({ sent: accepted, size: file.size, resuming });
        }
        return retry;
      },
      onProgress: (sent, size) => progress({ sent, size, resuming }),
      onChunkComplete: (_chunk, bytesAccepted, size) => {
        resuming = false;
        accepted = bytesAccepted;
        progress({ sent: accepted, size, resuming });
      },
      onSuccess: () => resolve(),
      onError: (error) => reject(new Error(uploadMessage(error))),
    });
    progress({ sent: 0, size: file.size, resuming });
    upload.start();
  });
}
