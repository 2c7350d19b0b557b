/** Hands a file fetched with the in-memory token to the browser as a download (no token in a URL). */
export function saveFile(content: Blob, filename: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL is released once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
