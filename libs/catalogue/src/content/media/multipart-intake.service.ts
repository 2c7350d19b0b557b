import { Injectable } from '@nestjs/common';
import { FileSource, ObjectTooLargeError, Storage } from '@guichet/common';
import { emptyFile, mediaTooLarge, unsafeFileName } from '../content.errors';
import { isSafeFileName } from './file-name';
import { MAX_MEDIA_BYTES, safeMediaType } from './media-limits';
import { MediaRecordService } from './media-record.service';
import type { MediaFileView, MediaOwner } from './media-views';
import { newMediaKey } from './upload-session.store';

/** The one-shot upload: a multipart `file` becomes the owner's media in a single request. */
@Injectable()
export class MultipartIntakeService {
  constructor(
    private readonly storage: Storage,
    private readonly records: MediaRecordService,
  ) {}

  /**
   * The file is streamed to storage (never held in memory), its size and SHA-256 computed on the way,
   * and it replaces the owner's previous file once complete.
   */
  async putFile(owner: MediaOwner, source: FileSource): Promise<MediaFileView> {
    await this.records.assertOwner(owner);
    const part = await source({ maxBytes: MAX_MEDIA_BYTES, keepPath: true });
    if (!isSafeFileName(part.filename)) {
      part.file.resume();
      throw unsafeFileName();
    }
    const key = newMediaKey();
    let stored;
    try {
      stored = await this.storage.put(key, part.file, MAX_MEDIA_BYTES);
    } catch (error) {
      if (error instanceof ObjectTooLargeError) throw mediaTooLarge(MAX_MEDIA_BYTES);
      throw error;
    }
    if (part.file.truncated || stored.size === 0) {
      await this.storage.delete(key);
      throw stored.size === 0 ? emptyFile() : mediaTooLarge(MAX_MEDIA_BYTES);
    }
    try {
      return await this.records.makeReady(owner, {
        storageKey: key,
        fileName: part.filename,
        contentType: safeMediaType(part.mimetype),
        size: stored.size,
        sha256: stored.sha256,
      });
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
  }
}
