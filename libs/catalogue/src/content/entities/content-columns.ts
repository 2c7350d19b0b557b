import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Columns every film, series, season and episode has (concrete-table inheritance: one table each). */
export abstract class ContentColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  description: string;

  /** Lower-cased, trimmed, without duplicates. */
  @Column({ type: 'text', array: true })
  genres: string[];

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Column({ type: 'char', length: 3 })
  priceCurrency: string;

  /** Storage key of the re-encoded JPEG; never shown to clients. */
  @Column({ type: 'text', nullable: true })
  thumbnailKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Archived content leaves the public lists but stays readable by id (buyers keep what they own). */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
