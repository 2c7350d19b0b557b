/**
 * An uploaded file's name is kept only as a label (for the download's Content-Disposition): it is
 * never part of a storage path. Still, a name that looks like a path is refused rather than cleaned,
 * so that a client bug or an attack is visible.
 */
export function isSafeFileName(name: string | undefined): name is string {
  if (typeof name !== 'string') return false;
  const trimmed = name.trim();
  if (trimmed.length === 0 || Buffer.byteLength(name, 'utf8') > 255) return false;
  if (trimmed === '.' || trimmed === '..' || name.includes('..')) return false;
  if (/[/\\]/.test(name)) return false;
  // Control characters (NUL, newlines: header injection in Content-Disposition) and the like.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return !/[\u0000-\u001f\u007f]/.test(name);
}
