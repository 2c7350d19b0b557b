import { isIn, isInt, isUUID, max, min } from 'class-validator';
import { CreateOrderDto, MAX_SEATS_PER_ORDER, SeatItemDto } from './create-order.dto';

const BODY_FIELDS = ['items', 'paymentMethod'];
const SEAT_FIELDS = ['matchId', 'quantity', 'standId', 'type'];
/** CreateOrderDto's bounds on `items`. */
const MAX_ITEMS = 20;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasExactly = (value: Record<string, unknown>, fields: string[]) => {
  const keys = Object.keys(value);
  return keys.length === fields.length && fields.every((field) => Object.hasOwn(value, field));
};

function seatItem(item: unknown): SeatItemDto | undefined {
  if (!isPlainObject(item) || !hasExactly(item, SEAT_FIELDS) || item.type !== 'seat') return undefined;
  const { matchId, standId, quantity } = item;
  if (!isUUID(matchId) || !isUUID(standId) || !isInt(quantity) || !min(quantity, 1) || !max(quantity, MAX_SEATS_PER_ORDER)) return undefined;
  return Object.assign(new SeatItemDto(), { type: 'seat', matchId, standId, quantity });
}

/**
 * The body of an on-sale rush (seats only, every field right) recognised by hand, with class-validator's own
 * checks (isUUID, isInt…) so that it accepts exactly what CreateOrderDto accepts: class-transformer and the
 * decorators cost a tenth of a hold's CPU. Anything else is undefined, for the global pipe to check and word.
 */
export function wellFormedSeatOrder(body: unknown): CreateOrderDto | undefined {
  if (!isPlainObject(body) || !hasExactly(body, BODY_FIELDS) || !isIn(body.paymentMethod, ['stripe', 'mobile_money'])) return undefined;
  const { items } = body;
  if (!Array.isArray(items) || items.length < 1 || items.length > MAX_ITEMS) return undefined;
  const seats = items.map(seatItem);
  if (seats.some((seat) => seat === undefined)) return undefined;
  return Object.assign(new CreateOrderDto(), { items: seats as SeatItemDto[], paymentMethod: body.paymentMethod as CreateOrderDto['paymentMethod'] });
}
