import { Injectable } from '@nestjs/common';
import { validateBody } from '@guichet/common';
import { AuthUser } from '@guichet/users';
import { ticketingError } from '../ticketing.errors';
import { ContentOrdersService } from './content-orders.service';
import { ContentItemDto, CreateOrderDto, SeatItemDto } from './dto/create-order.dto';
import { wellFormedSeatOrder } from './dto/seat-order-body';
import { SeatOrdersService } from './seat-orders.service';

/** POST /orders: seats and films/series are sold by different paths, so one order holds one kind. */
@Injectable()
export class OrderPlacementService {
  constructor(
    private readonly seatOrders: SeatOrdersService,
    private readonly contentOrders: ContentOrdersService,
  ) {}

  /** The body as sent: a well-formed seat order is recognised by hand (the rush), anything else checked by the pipe. */
  async place(caller: AuthUser, body: unknown, idempotencyKey: string | undefined) {
    const dto = wellFormedSeatOrder(body) ?? (await validateBody(CreateOrderDto, body));
    const seats = dto.items.filter((item): item is SeatItemDto => item.type === 'seat');
    const content = dto.items.filter((item): item is ContentItemDto => item.type === 'content');
    if (seats.length && content.length) throw ticketingError('mixed-order');
    if (!seats.length) return this.contentOrders.create(caller, content, dto.paymentMethod);
    // Overloaded (503) carries retryAfterSeconds: the problem filter sends it as Retry-After.
    return this.seatOrders.create(caller, seats, dto.paymentMethod, { idempotencyKey });
  }
}
