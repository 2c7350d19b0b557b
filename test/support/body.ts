import type { MatchView } from '@guichet/catalogue';
import type { PaymentView } from '@guichet/payments';
import type { OrderView, TicketView } from '@guichet/ticketing';

/**
 * supertest types every response body as `any`. A spec names the shape it reads with `bodyOf<T>(res)`;
 * the assertions that follow check the values, so a wrong shape fails the test instead of typing nothing.
 */
export const bodyOf = <T>(response: { body: unknown }): T => response.body as T;

/** An application/problem+json answer (see the global error filter). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message?: string }[];
}

/** One page of a list route. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** What POST /orders answers for a Stripe order: the held order and the link to pay. */
export interface CreatedOrder {
  order: OrderView;
  payment: PaymentView & { checkoutUrl: string };
}

export type { MatchView, OrderView, PaymentView, TicketView };
