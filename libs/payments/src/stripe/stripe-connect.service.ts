import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, forbidden } from '@guichet/common';
import { AuthUser, ClubsService, Role } from '@guichet/users';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import { ClubPaymentAccount } from './club-payment-account.entity';
import { StripeClient } from './stripe-client';
import { paymentsError } from '../payments.errors';

@Injectable()
export class StripeConnectService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stripeClient: StripeClient,
    private readonly clubs: ClubsService,
    private readonly config: AppConfig,
  ) {}

  /** The Connect Express onboarding link: creates the club's account the first time, reuses it afterwards. */
  async onboardingLink(caller: AuthUser, clubId: string): Promise<{ url: string; chargesEnabled: boolean }> {
    if (caller.role !== Role.Organizer || caller.clubId !== clubId) throw forbidden('Only the organizers of this club can do this.');
    const club = await this.clubs.get(clubId);
    let account = await this.db.manager.findOneBy(ClubPaymentAccount, { clubId });
    if (!account) {
      const created = await this.stripeClient.stripe.accounts.create(
        {
          type: 'express',
          country: club.country,
          business_profile: { name: club.name },
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          metadata: { clubId },
        },
        { idempotencyKey: `connect-account-${clubId}` },
      );
      await this.db.query(
        `INSERT INTO club_payment_account (club_id, stripe_account_id, charges_enabled, details_submitted)
         VALUES ($1, $2, $3, $4) ON CONFLICT (club_id) DO NOTHING`,
        [clubId, created.id, created.charges_enabled, created.details_submitted],
      );
      account = await this.db.manager.findOneByOrFail(ClubPaymentAccount, { clubId });
    }
    const link = await this.stripeClient.stripe.accountLinks.create({
      account: account.stripeAccountId,
      type: 'account_onboarding',
      refresh_url: `${this.config.PUBLIC_URL}/clubs/${clubId}/stripe/refresh`,
      return_url: `${this.config.PUBLIC_URL}/clubs/${clubId}/stripe/done`,
    });
    return { url: link.url, chargesEnabled: account.chargesEnabled };
  }

  /** The connected account that receives this club's sales; a club Stripe has not enabled cannot sell. */
  async sellingAccount(clubId: string): Promise<string> {
    const account = await this.db.manager.findOneBy(ClubPaymentAccount, { clubId });
    if (!account?.chargesEnabled) {
      throw paymentsError('club-cannot-sell', 'The club has not finished its Stripe onboarding; tickets go on sale once Stripe enables its account.');
    }
    return account.stripeAccountId;
  }

  /** `account.updated`: records whether Stripe lets the account take charges. */
  async applyAccountUpdate(manager: EntityManager, account: Stripe.Account): Promise<void> {
    await manager.query(
      `UPDATE club_payment_account SET charges_enabled = $2, details_submitted = $3, updated_at = now()
       WHERE stripe_account_id = $1`,
      [account.id, account.charges_enabled, account.details_submitted],
    );
  }
}
