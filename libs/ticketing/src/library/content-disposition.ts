/** `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266); never a path. */
export function attachmentDisposition(title: string, extension: string): string {
  const base =
    title
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must lose
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'video';
  const ascii =
    base
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/\s+/g, '-') || 'video';
  const ext = /^\.[a-z0-9]{1,5}$/i.test(extension) ? extension.toLowerCase() : '';
  return `attachment; filename="${ascii}${ext}"; filename*=UTF-8''${encodeURIComponent(base + ext)}`;
}
