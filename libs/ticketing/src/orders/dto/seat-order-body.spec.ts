import { randomUUID } from 'node:crypto';
import { validateBody } from '@guichet/common';
import { CreateOrderDto } from './create-order.dto';
import { wellFormedSeatOrder } from './seat-order-body';

const seat = (fields: Record<string, unknown> = {}) => ({ type: 'seat', matchId: randomUUID(), standId: randomUUID(), quantity: 2, ...fields });
const order = (items: unknown, fields: Record<string, unknown> = {}) => ({ items, paymentMethod: 'stripe', ...fields });

/** What the global pipe makes of a body: the DTO, or the refusal's field errors. */
const piped = (body: unknown) =>
  validateBody(CreateOrderDto, body).then(
    (dto) => ({ dto }),
    (error: { errors?: unknown }) => ({ refused: error.errors ?? error }),
  );

describe('a seat order recognised by hand', () => {
  it.each([
    ['one seat line', order([seat()])],
    ['three lines, ten seats', order([seat({ quantity: 10 }), seat({ quantity: 1 }), seat()])],
    ['mobile money (refused later, by the seat path, as through the pipe)', order([seat()], { paymentMethod: 'mobile_money' })],
  ])('takes %s exactly as the pipe does', async (_name, body) => {
    const fast = wellFormedSeatOrder(body);
    expect(fast).toBeInstanceOf(CreateOrderDto);
    expect(await piped(body)).toEqual({ dto: fast });
  });

  it.each([
    ['no body', undefined],
    ['an array', [seat()]],
    ['no items', { paymentMethod: 'stripe' }],
    ['no items in the list', order([])],
    ['21 lines', order(Array.from({ length: 21 }, () => seat({ quantity: 1 })))],
    ['an unknown field', order([seat()], { coupon: 'FREE' })],
    ['an unknown field in a line', order([seat({ seatNumber: 12 })])],
    ['a missing field in a line', order([{ type: 'seat', matchId: randomUUID(), quantity: 1 }])],
    ['a null line', order([null])],
    ['a match id that is not a UUID', order([seat({ matchId: 'match-1' })])],
    ['no seat', order([seat({ quantity: 0 })])],
    ['eleven seats in a line', order([seat({ quantity: 11 })])],
    ['half a seat', order([seat({ quantity: 1.5 })])],
    ['a quantity in quotes', order([seat({ quantity: '2' })])],
    ['cash', order([seat()], { paymentMethod: 'cash' })],
    ['a film', order([{ type: 'content', contentType: 'film', contentId: randomUUID() }], { paymentMethod: 'mobile_money' })],
  ])('leaves %s to the pipe', (_name, body) => {
    expect(wellFormedSeatOrder(body)).toBeUndefined();
  });

  it('never takes a body the pipe refuses (the refusals above are all refused by it, the film aside)', async () => {
    const refusedByPipe = await Promise.all(
      [
        order([]),
        order([seat({ quantity: 0 })]),
        order([seat({ matchId: 'match-1' })]),
        order([seat()], { coupon: 'FREE' }),
        order([seat({ quantity: '2' })]),
      ].map(piped),
    );
    expect(refusedByPipe.every((outcome) => 'refused' in outcome)).toBe(true);
  });
});
