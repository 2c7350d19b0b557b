import { Injectable } from '@nestjs/common';
import { SeatInventoryService } from '@guichet/catalogue';
import { PaymentsService } from '@guichet/payments';

/** How long a club Stripe let take charges is trusted to still be able to (the payment step checks again). */
const CAN_SELL_TTL_MS = 30_000;
/** Matches remembered per instance; a match's club never changes, so only the size is bounded. */
const MAX_MATCHES = 10_000;

/**
 * Refuses a hold for a club Stripe does not let take payments (409 `club-cannot-sell`) without a read per
 * buyer during an on-sale: the match's club and the club's "can sell" are remembered per instance. A club
 * that cannot sell is never remembered, so it can sell as soon as its onboarding completes.
 */
@Injectable()
export class SellingClubs {
  private readonly clubOfMatch = new Map<string, string>();
  private readonly canSellUntil = new Map<string, number>();
  private readonly reading = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly inventory: SeatInventoryService,
    private readonly payments: PaymentsService,
  ) {}

  /** Unknown matches pass: the hold itself then answers 404. */
  async assertCanSell(matchId: string): Promise<void> {
    const clubId = this.clubOfMatch.get(matchId) ?? (await this.once(`match:${matchId}`, () => this.lookUpClub(matchId)));
    if (!clubId || (this.canSellUntil.get(clubId) ?? 0) > Date.now()) return;
    await this.once(`club:${clubId}`, async () => {
      await this.payments.assertClubCanSell(clubId);
      this.canSellUntil.set(clubId, Date.now() + CAN_SELL_TTL_MS);
      return clubId;
    });
  }

  /** Concurrent first buyers share one read instead of each making it. */
  private once(name: string, read: () => Promise<string | undefined>): Promise<string | undefined> {
    let pending = this.reading.get(name);
    if (!pending) {
      pending = read();
      const settled = () => this.reading.delete(name);
      pending.then(settled, settled);
      this.reading.set(name, pending);
    }
    return pending;
  }

  private async lookUpClub(matchId: string): Promise<string | undefined> {
    const clubId = await this.inventory.clubOf(matchId);
    if (clubId) {
      if (this.clubOfMatch.size >= MAX_MATCHES) this.clubOfMatch.clear();
      this.clubOfMatch.set(matchId, clubId);
    }
    return clubId;
  }
}
