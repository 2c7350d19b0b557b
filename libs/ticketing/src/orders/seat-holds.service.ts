import { Injectable } from '@nestjs/common';
import { DomainError } from '@guichet/common';
import { ReservedSeats, SeatInventoryService } from '@guichet/catalogue';
import { EntityManager } from 'typeorm';
import { OrderItem } from './order-item.entity';

export interface SeatRequest {
  matchId: string;
  standId: string;
  quantity: number;
}

/** Holds and releases the seats of an order, always inside the caller's transaction. */
@Injectable()
export class SeatHoldsService {
  constructor(private readonly inventory: SeatInventoryService) {}

  /** Takes every requested seat or throws (the transaction then gives back what was taken). */
  async hold(manager: EntityManager, requests: SeatRequest[]): Promise<ReservedSeats[]> {
    const held: ReservedSeats[] = [];
    for (const request of requests) {
      const seats = await this.inventory.reserve(manager, request.matchId, request.standId, request.quantity);
      if (!seats) throw await this.whyNot(manager, request);
      held.push(seats);
    }
    return held;
  }

  /** Takes the seats of an order again (a payment that arrived after its hold lapsed); false if any is gone. */
  async retake(manager: EntityManager, items: OrderItem[]): Promise<boolean> {
    for (const item of items.filter((entry) => entry.kind === 'seat')) {
      const seats = await this.inventory.reserve(manager, item.matchId as string, item.standId as string, item.quantity);
      if (!seats) return false;
    }
    return true;
  }

  async release(manager: EntityManager, items: OrderItem[]): Promise<void> {
    for (const item of items.filter((entry) => entry.kind === 'seat')) {
      await this.inventory.release(manager, item.matchId as string, item.standId as string, item.quantity);
    }
  }

  private async whyNot(manager: EntityManager, request: SeatRequest): Promise<DomainError> {
    const [row] = await manager.query(
      `SELECT ms.quota - ms.reserved AS remaining, m.status, m.kickoff_at <= now() AS started
       FROM match_stand ms JOIN match m ON m.id = ms.match_id WHERE ms.match_id = $1 AND ms.stand_id = $2`,
      [request.matchId, request.standId],
    );
    if (!row) return new DomainError('not-found', 404, 'Match or stand not found', 'This stand is not on sale for this match.');
    if (row.status !== 'scheduled' || row.started) {
      return new DomainError('not-on-sale', 409, 'Not on sale', 'This match is cancelled or has already started.');
    }
    return new DomainError(
      'sold-out',
      409,
      'Not enough seats left',
      row.remaining > 0 ? `Only ${row.remaining} seats left in this stand.` : 'This stand is sold out.',
    );
  }
}
