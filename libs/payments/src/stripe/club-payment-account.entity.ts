import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A club's Stripe Connect Express account; a club sells only once Stripe enables its charges. */
@Entity('club_payment_account')
export class ClubPaymentAccount {
  @PrimaryColumn('uuid')
  clubId: string;

  @Column({ type: 'text' })
  stripeAccountId: string;

  @Column({ type: 'boolean' })
  chargesEnabled: boolean;

  @Column({ type: 'boolean' })
  detailsSubmitted: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
