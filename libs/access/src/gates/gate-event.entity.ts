import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type GateEventKind = 'registered' | 'key_rotated' | 'revoked' | 'connected' | 'disconnected' | 'status' | 'passed' | 'closed';

/** One line of a gate's log: what it reported over the websocket, and its lifecycle. */
@Entity('gate_event')
export class GateEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  gateId: string;

  @Column({ type: 'text' })
  kind: GateEventKind;

  /** The scanId of `passed`/`closed`: a scan id, or the nonce of a scan decided offline. */
  @Column({ type: 'text', nullable: true })
  scanRef: string | null;

  @Column({ type: 'text', nullable: true })
  doorState: string | null;

  @Column({ type: 'real', nullable: true })
  sensorCm: number | null;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
