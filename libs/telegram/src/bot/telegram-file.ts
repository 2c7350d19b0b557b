import type { MultipartFile } from '@fastify/multipart';
import type { Telegram } from 'telegraf';

/**
 * Raised past the size limit. It carries the code @fastify/multipart uses, so the proof service answers it
 * exactly as it answers an oversized web upload.
 */
export class FileTooLargeError extends Error {
  readonly code = 'FST_REQ_FILE_TOO_LARGE';
}

async function download(telegram: Telegram, fileId: string, maxBytes: number): Promise<Buffer> {
  const link = await telegram.getFileLink(fileId);
  const response = await fetch(link);
  if (!response.ok || !response.body) throw new Error(`Telegram file download answered ${response.status}`);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk = next.value;
    size += chunk.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FileTooLargeError(`More than ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * A Telegram file as the upload services read files (`FileSource`): only `toBuffer` is used by them, and the
 * bytes are fetched (getFile, then the file URL) only when the service asks, with the service's limit.
 */
export function downloadTelegramFile(telegram: Telegram, fileId: string, maxBytes: number): Promise<MultipartFile> {
  const part: Pick<MultipartFile, 'toBuffer'> = { toBuffer: () => download(telegram, fileId, maxBytes) };
  // The services never touch the other members of a multipart part; a Telegram file has no form field.
  return Promise.resolve(part as MultipartFile);
}
