import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum MediaStatus {
  Uploading = 'uploading',
  Ready = 'ready',
}

/** The video file of a film or an episode; at most one `ready` file per owner. */
@Entity('media_file')
export class MediaFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  filmId: string | null;

  @Column({ type: 'uuid', nullable: true })
  episodeId: string | null;

  /** Generated (`media/<uuid>`), never derived from the file name; never shown to clients. */
  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  /** The full size (declared up front for a resumable upload). pg returns bigint as a string. */
  @Column({ type: 'bigint' })
  size: string;

  @Column({ type: 'bigint' })
  bytesReceived: string;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'text' })
  status: MediaStatus;

  /** Lease of the request currently writing a chunk (resumable uploads). */
  @Column({ type: 'uuid', nullable: true, select: false })
  lockId: string | null;

  @Column({ type: 'timestamptz', nullable: true, select: false })
  lockExpiresAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
