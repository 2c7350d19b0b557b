import type { Money } from '@guichet/common';
import type { PaymentView } from '@guichet/payments';
import type { OrderItem } from './order-item.entity';
import type { Order, OrderStatus } from './order.entity';

export interface OrderItemView {
  type: 'seat' | 'content';
  matchId?: string;
  standId?: string;
  contentType?: string;
  contentId?: string;
  quantity: number;
  unitPrice: Money;
  label: string;
}

export interface OrderView {
  id: string;
  number: string;
  status: OrderStatus;
  items: OrderItemView[];
  total: Money;
  expiresAt: string | null;
  createdAt: string;
  paidAt: string | null;
  payment?: PaymentView;
}

export const orderItemView = (item: OrderItem): OrderItemView => ({
  type: item.kind,
  ...(item.matchId ? { matchId: item.matchId, standId: item.standId ?? undefined } : {}),
  ...(item.contentId ? { contentType: item.contentType ?? undefined, contentId: item.contentId } : {}),
  quantity: item.quantity,
  unitPrice: { amount: item.unitAmount, currency: item.currency },
  label: item.label,
});

export const orderView = (order: Order, items: OrderItem[], payment?: PaymentView): OrderView => ({
  id: order.id,
  number: String(order.number),
  status: order.status,
  items: items.map(orderItemView),
  total: { amount: order.totalAmount, currency: order.currency },
  expiresAt: order.status === 'pending' && order.expiresAt ? order.expiresAt.toISOString() : null,
  createdAt: order.createdAt.toISOString(),
  paidAt: order.paidAt?.toISOString() ?? null,
  ...(payment ? { payment } : {}),
});
