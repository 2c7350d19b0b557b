/** The largest video file accepted (a feature film in high definition fits several times over). */
export const MAX_MEDIA_BYTES = 50 * 1024 ** 3;

/** A request writing a chunk holds the upload for this long, renewed while bytes keep coming. */
export const UPLOAD_LEASE_SECONDS = 60;
export const UPLOAD_LEASE_RENEW_MS = 15_000;

/** What a stored media file is served as: the declared type when it is a video type, else bytes. */
export function safeMediaType(declared: string | undefined): string {
  const type = (declared ?? '').toLowerCase().split(';')[0].trim();
  return /^video\/[a-z0-9.+-]{1,60}$/.test(type) ? type : 'application/octet-stream';
}
