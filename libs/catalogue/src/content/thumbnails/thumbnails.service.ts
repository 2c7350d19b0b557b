import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, Storage } from '@guichet/common';
import { DataSource } from 'typeorm';
import { contentNotFound, emptyFile, imageTooLarge } from '../content.errors';
import { contentState } from '../content-rows';
import { CONTENT_TABLES, ContentType, contentTypeOfPath } from '../content-type';
import { ContentViews } from '../content-views';
import { FileSource, isFileTooLarge } from '@guichet/common';
import { MAX_THUMBNAIL_UPLOAD_BYTES, renderThumbnail, THUMBNAIL } from './image';

export interface ThumbnailView {
  thumbnailUrl: string;
  width: number;
  height: number;
  contentType: string;
}

export interface ThumbnailFile {
  stream: Readable;
  size: number | undefined;
  contentType: string;
}

const THUMBNAIL_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jpg$/i;

@Injectable()
export class ThumbnailsService {
  private readonly logger = new Logger(ThumbnailsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: Storage,
    private readonly views: ContentViews,
  ) {}

  /**
   * Replaces the thumbnail of any kind of content with the uploaded image, re-encoded to the standard
   * JPEG. Nothing is stored unless the image is accepted; the previous file is removed afterwards.
   */
  async replace(type: ContentType, id: string, source: FileSource): Promise<ThumbnailView> {
    if (!(await contentState(this.db.manager, type, id))) throw contentNotFound(type);
    const part = await source({ maxBytes: MAX_THUMBNAIL_UPLOAD_BYTES });
    let original: Buffer;
    try {
      original = await part.toBuffer();
    } catch (error) {
      if (isFileTooLarge(error)) throw imageTooLarge(MAX_THUMBNAIL_UPLOAD_BYTES);
      throw error;
    }
    if (original.length === 0) throw emptyFile();
    const jpeg = await renderThumbnail(original);

    const key = `thumbnails/${randomUUID()}.jpg`;
    await this.storage.put(key, Readable.from([jpeg]));
    // Locks the row so that two simultaneous replacements each learn the key they replace.
    const [rows]: [{ previous: string | null }[], number] = await this.db.query(
      `UPDATE ${CONTENT_TABLES[type]} AS content SET thumbnail_key = $2, updated_at = now()
         FROM (SELECT id, thumbnail_key FROM ${CONTENT_TABLES[type]} WHERE id = $1 FOR UPDATE) AS old
        WHERE content.id = old.id
        RETURNING old.thumbnail_key AS previous`,
      [id, key],
    );
    if (rows.length === 0) {
      await this.storage.delete(key);
      throw contentNotFound(type);
    }
    const previous = rows[0].previous;
    if (previous) await this.storage.delete(previous).catch((error: unknown) => this.logger.warn({ err: error }, 'Old thumbnail left behind'));
    return {
      thumbnailUrl: this.views.thumbnailUrl(type, id, key) as string,
      width: THUMBNAIL.width,
      height: THUMBNAIL.height,
      contentType: THUMBNAIL.contentType,
    };
  }

  /** GET /thumbnails/{kind}/{id}.jpg: anything else than a known kind and a uuid file name is a 404. */
  async publicFile(kind: string, file: string): Promise<StreamableFile> {
    const type = contentTypeOfPath(kind);
    const id = THUMBNAIL_FILE.exec(file)?.[1];
    if (!type || !id) throw notFound('Thumbnail');
    const image = await this.open(type, id.toLowerCase());
    return new StreamableFile(image.stream, { type: image.contentType, length: image.size });
  }

  /** The stored JPEG, for the public thumbnail route; archived content keeps its image. */
  async open(type: ContentType, id: string): Promise<ThumbnailFile> {
    const rows: { thumbnail_key: string | null }[] = await this.db.query(`SELECT thumbnail_key FROM ${CONTENT_TABLES[type]} WHERE id = $1`, [id]);
    const key = rows[0]?.thumbnail_key;
    const size = key ? await this.storage.size(key) : undefined;
    if (!key || size === undefined) throw notFound('Thumbnail');
    return { stream: this.storage.read(key), size, contentType: THUMBNAIL.contentType };
  }
}
