import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CURRENCIES, Currency, PageQuery } from '@guichet/common';
import { IsIn, IsOptional } from 'class-validator';
import type { OrderStatus } from '../orders/order.entity';

/** The orders an organizer can see per match: money came in (paid, fulfilled) or went back (refunded). */
export const MATCH_ORDER_STATUSES = ['paid', 'fulfilled', 'refunded'] as const satisfies readonly OrderStatus[];
export type MatchOrderStatus = (typeof MATCH_ORDER_STATUSES)[number];
/** Without a filter: the orders that count as sold. */
export const SOLD_STATUSES: readonly MatchOrderStatus[] = ['paid', 'fulfilled'];

export class MatchOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MATCH_ORDER_STATUSES, description: 'only this status; by default paid and fulfilled orders' })
  @IsOptional()
  @IsIn(MATCH_ORDER_STATUSES)
  status?: MatchOrderStatus;
}

export class MatchOrderAmount {
  @ApiProperty({ example: 2500, description: 'minor units (cents for EUR, francs for XAF)' }) amount: number;
  @ApiProperty({ enum: CURRENCIES, example: 'EUR' }) currency: Currency;
}

export class MatchOrderBuyer {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

export class MatchOrderStand {
  @ApiProperty({ format: 'uuid' }) standId: string;
  @ApiProperty({ example: 'Tribune Nord' }) name: string;
  @ApiProperty({ example: 2 }) seats: number;
}

export class MatchOrderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '1042', description: 'the short order number buyers quote' }) number: string;
  @ApiProperty({ enum: MATCH_ORDER_STATUSES }) status: MatchOrderStatus;
  @ApiProperty({ type: MatchOrderBuyer }) buyer: MatchOrderBuyer;
  @ApiProperty({ type: [MatchOrderStand] }) stands: MatchOrderStand[];
  @ApiProperty({ description: 'seats of this match in the order' }) seats: number;
  @ApiProperty({ type: MatchOrderAmount, description: "this match's seats in the order" }) amount: MatchOrderAmount;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) paidAt: string | null;
}

export class MatchOrderTotals {
  @ApiProperty() orders: number;
  @ApiProperty() seats: number;
  @ApiProperty({ type: [MatchOrderAmount], description: 'one amount per currency, never added together' }) revenue: MatchOrderAmount[];
}

export class MatchOrderPage {
  @ApiProperty({ type: [MatchOrderView] }) items: MatchOrderView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: MatchOrderTotals, description: 'over every order of the filter, not only this page' }) totals: MatchOrderTotals;
}
