import { Column, CreateDateColumn, Entity, Generated, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type OrderStatus = 'pending' | 'paid' | 'fulfilled' | 'expired' | 'cancelled' | 'refunded';
export type PaymentMethod = 'stripe' | 'mobile_money';

@Entity('customer_order')
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short number for humans (mails, support calls). */
  @Column({ type: 'bigint' })
  @Generated('increment')
  number: string;

  @Column('uuid')
  customerId: string;

  @Column({ type: 'uuid', nullable: true })
  clubId: string | null;

  @Column({ type: 'text' })
  status: OrderStatus;

  @Column({ type: 'text' })
  paymentMethod: PaymentMethod;

  @Column({ type: 'int' })
  totalAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** While pending: when the held seats are released. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  fulfilledAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** The buyer's `Idempotency-Key`: a retry with the same key answers this order (unique per customer). */
  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;
}
