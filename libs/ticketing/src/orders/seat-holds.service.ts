import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@guichet/common';
import { SeatInventoryService } from '@guichet/catalogue';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { OrderItem } from './order-item.entity';
import { HOLD_SEATS, HoldRow } from './seat-hold.sql';
import { ticketingError } from '../ticketing.errors';

export interface SeatRequest {
  matchId: string;
  standId: string;
  quantity: number;
}

/** SQLSTATE of `ticketing_partial_hold()`: two multi-stand orders crossed; the statement kept nothing. */
const PARTIAL_HOLD = '40001';
const PARTIAL_HOLD_ATTEMPTS = 3;

/** Holds and releases the seats of orders. */
@Injectable()
export class SeatHoldsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly inventory: SeatInventoryService,
  ) {}

  /**
   * Takes every requested seat and places the order, in one prepared statement on the DataSource's own pg
   * pool (no transaction, no ORM: one round trip). No rows: nothing was taken (see `refusal`); one row with a
   * null id: nothing was taken because the key placed `keyOrder` before.
   */
  async hold(customerId: string, requests: SeatRequest[], holdMinutes: number, idempotencyKey: string | null): Promise<HoldRow[]> {
    const values = [
      customerId,
      requests.map((request) => request.matchId),
      requests.map((request) => request.standId),
      requests.map((request) => request.quantity),
      holdMinutes,
      idempotencyKey,
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.pool.query<HoldRow>({ ...HOLD_SEATS, values })).rows;
      } catch (error) {
        if ((error as { code?: string }).code !== PARTIAL_HOLD || attempt === PARTIAL_HOLD_ATTEMPTS) throw error;
      }
    }
  }

  /** Why a hold took nothing, as the buyer should hear it; undefined if the seats are free again (retry). */
  async refusal(requests: SeatRequest[]): Promise<DomainError | undefined> {
    const states = await this.inventory.standsState(requests);
    if (states.length < requests.length) {
      return ticketingError('not-found', 'This stand is not on sale for this match.', { title: 'Match or stand not found' });
    }
    if (states.some((state) => !state.onSale)) {
      return ticketingError('not-on-sale', 'This match is cancelled or has already started.');
    }
    if (new Set(states.map((state) => state.clubId)).size > 1 || new Set(states.map((state) => state.currency)).size > 1) {
      return ticketingError('one-club-per-order', 'Buy the seats of each club in a separate order.');
    }
    const short = states.find((state) => {
      const wanted = requests.find((request) => request.matchId === state.matchId && request.standId === state.standId);
      return state.remaining < (wanted?.quantity ?? 0);
    });
    if (!short) return undefined;
    return ticketingError('sold-out', short.remaining > 0 ? `Only ${short.remaining} seats left in this stand.` : 'This stand is sold out.');
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

  private get pool(): Pool {
    return (this.db.driver as PostgresDriver).master as Pool;
  }
}
