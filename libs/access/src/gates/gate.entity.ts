import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DoorState = 'unknown' | 'closed' | 'open' | 'closing';

/** A gate device of one club (a Raspberry Pi at an entrance). */
@Entity('gate')
export class Gate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  clubId: string;

  @Column({ type: 'text' })
  name: string;

  /** sha256 of the device key; the key itself is shown once and never stored. */
  @Column({ type: 'bytea', select: false })
  keyHash: Buffer;

  /** How long the door may stay open waiting for the person (sent with every `open`). */
  @Column({ type: 'int' })
  holdMs: number;

  @Column({ type: 'boolean' })
  online: boolean;

  @Column({ type: 'text', nullable: true, select: false })
  socketId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  @Column({ type: 'text' })
  doorState: DoorState;

  @Column({ type: 'real', nullable: true })
  sensorCm: number | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  keyRotatedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
