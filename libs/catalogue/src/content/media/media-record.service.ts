import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Storage } from '@guichet/common';
import { DataSource } from 'typeorm';
import { contentNotFound, uploadBusy } from '../content.errors';
import { contentState } from '../content-rows';
import { CONTENT_TABLES } from '../content-type';
import type { MediaFileView, MediaOwner } from './media-views';
import { ownerColumn } from './media-views';

/** A complete file in storage, ready to become an owner's media. */
export interface CompleteFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** The one ready media file of a film or an episode: which file it is, and its replacement. */
@Injectable()
export class MediaRecordService {
  private readonly logger = new Logger(MediaRecordService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: Storage,
  ) {}

  async assertOwner(owner: MediaOwner): Promise<void> {
    if (!(await contentState(this.db.manager, owner.type, owner.id))) throw contentNotFound(owner.type);
  }

  /**
   * Makes a complete file the owner's media, replacing (and then deleting) the previous one. The
   * owner's row is locked so that two completions for one owner happen one after the other. A
   * resumable upload's own row becomes the media, if its lease (`lockId`) still holds.
   */
  async makeReady(owner: MediaOwner, file: CompleteFile, upload?: { id: string; lockId: string }): Promise<MediaFileView> {
    const { view, replacedKeys } = await this.db.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(`SELECT id FROM ${CONTENT_TABLES[owner.type]} WHERE id = $1 FOR UPDATE`, [owner.id]);
      if (locked.length === 0) throw contentNotFound(owner.type);
      const [replaced]: [{ storage_key: string }[], number] = await manager.query(
        `DELETE FROM media_file WHERE ${ownerColumn(owner)} = $1 AND status = 'ready' RETURNING storage_key`,
        [owner.id],
      );
      let rows: { id: string; completed_at: Date }[];
      if (upload) {
        [rows] = await manager.query(
          `UPDATE media_file SET status = 'ready', sha256 = $3, bytes_received = size, completed_at = now(),
                  updated_at = now(), lock_id = NULL, lock_expires_at = NULL
            WHERE id = $1 AND lock_id = $2
            RETURNING id, completed_at`,
          [upload.id, upload.lockId, file.sha256],
        );
        if (rows.length === 0) throw uploadBusy();
      } else {
        rows = await manager.query(
          `INSERT INTO media_file (${ownerColumn(owner)}, storage_key, file_name, content_type, size, bytes_received,
                                   sha256, status, completed_at)
           VALUES ($1, $2, $3, $4, $5, $5, $6, 'ready', now())
           RETURNING id, completed_at`,
          [owner.id, file.storageKey, file.fileName, file.contentType, file.size, file.sha256],
        );
      }
      const view: MediaFileView = {
        id: rows[0].id,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        sha256: file.sha256,
        uploadedAt: rows[0].completed_at,
      };
      return { view, replacedKeys: replaced.map((row) => row.storage_key) };
    });
    for (const key of replacedKeys) {
      await this.storage.delete(key).catch((error: unknown) => this.logger.warn({ err: error }, 'Replaced media file left behind'));
    }
    return view;
  }
}
