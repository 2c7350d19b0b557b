import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ScanStatus } from './scan-status';

export type ScanMode = 'online' | 'offline';
export type ScanConflict = 'admitted_twice' | 'admitted_refused';

/** One scan at the entrance, by a gate or a staff member's phone; written by raw SQL on the hot path. */
@Entity('scan')
export class Scan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  clubId: string | null;

  @Column({ type: 'uuid', nullable: true })
  gateId: string | null;

  @Column({ type: 'uuid', nullable: true })
  staffUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  ticketId: string | null;

  @Column({ type: 'uuid', nullable: true })
  matchId: string | null;

  @Column({ type: 'text' })
  result: ScanStatus;

  @Column({ type: 'text' })
  mode: ScanMode;

  /** First 12 hex digits of sha256(code): correlates scans without keeping the bearer secret. */
  @Column({ type: 'char', length: 12 })
  codeRef: string;

  @Column({ type: 'timestamptz' })
  scannedAt: Date;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'text', nullable: true })
  nonce: string | null;

  @Column({ type: 'text', nullable: true })
  deviceResult: ScanStatus | null;

  @Column({ type: 'text', nullable: true })
  conflict: ScanConflict | null;

  @Column({ type: 'uuid', nullable: true })
  conflictScanId: string | null;
}
