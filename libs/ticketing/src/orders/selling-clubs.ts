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
  private readonly checking = new Map<string, Promise<void>>();

  constructor(
    private readonly inventory: SeatInventoryService,
    private readonly payments: PaymentsService,
  ) {}

  /** Unknown matches pass: the hold itself then answers 404. */
  async assertCanSell(matchId: string): Promise<void> {
    const clubId = this.clubOfMatch.get(matchId) ?? (await this.lookUpClub(matchId));
    if (!clubId || (this.canSellUntil.get(clubId) ?? 0) > Date.now()) return;
    // Concurrent first buyers share one check instead of each reading the account.
    let check = this.checking.get(clubId);
    if (!check) {
      check = this.payments.assertClubCanSell(clubId).then(
        () => {
          this.canSellUntil.set(clubId, Date.now() + CAN_SELL_TTL_MS);
        },
      );
      const settled = () => this.checking.delete(clubId);
      check.then(settled, settled);
      this.checking.set(clubId, check);
    }
    await check;
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
