import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TicketStatus = 'valid' | 'used' | 'void';

@Entity('ticket')
export class Ticket {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orderId: string;

  @Column('uuid')
  orderItemId: string;

  @Column({ type: 'int' })
  seatNumber: number;

  @Column('uuid')
  customerId: string;

  @Column('uuid')
  clubId: string;

  @Column('uuid')
  matchId: string;

  @Column('uuid')
  standId: string;

  /** The QR content: a signed code (see ticket-code.ts). A bearer secret: never logged. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  status: TicketStatus;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
