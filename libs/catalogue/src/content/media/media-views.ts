import type { Readable } from 'node:stream';
import type { MediaOwnerType } from '../content-type';
import { ContentType } from '../content-type';
import type { MediaStatus } from '../entities/media-file.entity';
import type { TusChecksum } from './tus-protocol';

/** The film or episode a video file belongs to. */
export interface MediaOwner {
  type: MediaOwnerType;
  id: string;
}

/** A stored video file as the admin sees it after an upload; never its storage key. */
export interface MediaFileView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
}

/** The state of a resumable upload (tus-like): where to continue, and the file once complete. */
export interface UploadView {
  uploadId: string;
  offset: number;
  size: number;
  status: MediaStatus;
  fileName: string;
  contentType: string;
  sha256: string | null;
  /** Another request is writing a chunk right now. */
  busy: boolean;
  createdAt: Date;
  completedAt: Date | null;
}

export interface UploadChunk {
  /** The `Upload-Offset` header as sent. */
  offset: string | string[] | undefined;
  contentType: string | undefined;
  body: Readable;
  /** tus `Upload-Checksum` of this chunk: a chunk that does not match (or is cut short) is dropped whole. */
  checksum?: TusChecksum;
}

/** The media_file column that points at the owner. */
export const ownerColumn = (owner: MediaOwner) => (owner.type === ContentType.Film ? 'film_id' : 'episode_id');
