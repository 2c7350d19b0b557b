import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import { multipartFile, PageQuery } from '@guichet/common';
import { PaymentProofService } from '@guichet/payments';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { FastifyRequest } from 'fastify';
import { ContentOrdersService } from './content-orders.service';
import { ContentItemDto, CreateOrderDto, SeatItemDto } from './dto/create-order.dto';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';
import { OrdersService } from './orders.service';
import { SeatOrdersService } from './seat-orders.service';
import { ticketingError } from '../ticketing.errors';

@ApiTags('orders')
@ApiExtraModels(SeatItemDto, ContentItemDto)
@Controller()
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly seatOrders: SeatOrdersService,
    private readonly contentOrders: ContentOrdersService,
    private readonly proofs: PaymentProofService,
  ) {}

  @Roles(Role.Customer)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Seats: 1–200 visible ASCII characters; a retry with the same key answers the first order and holds nothing more',
  })
  @ApiResponse({ status: 503, description: 'Too many buyers at once (`/overloaded`): retry after `Retry-After` seconds with the same Idempotency-Key' })
  @Post('orders')
  create(
    @CurrentUser() caller: AuthUser,
    @Body() dto: CreateOrderDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ) {
    const seats = dto.items.filter((item): item is SeatItemDto => item.type === 'seat');
    const content = dto.items.filter((item): item is ContentItemDto => item.type === 'content');
    if (seats.length && content.length) throw ticketingError('mixed-order');
    if (!seats.length) return this.contentOrders.create(caller, content, dto.paymentMethod);
    // Overloaded (503) carries retryAfterSeconds: the problem filter sends it as Retry-After.
    return this.seatOrders.create(caller, seats, dto.paymentMethod, { idempotencyKey });
  }

  @Get('orders/:id')
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.orders.get(caller, id);
  }

  @Get('me/orders')
  mine(@CurrentUser() caller: AuthUser, @Query() query: PageQuery) {
    return this.orders.listMine(caller, query);
  }

  @HttpCode(200)
  @Post('orders/:id/cancel')
  cancel(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.orders.cancel(caller, id);
  }

  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @HttpCode(200)
  @Post('orders/:id/payment-proof')
  paymentProof(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.proofs.attach(id, caller.id, multipartFile(request));
  }
}
