import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiHeader, ApiResponse, ApiTags } from '@nestjs/swagger';
import { multipartFile, PageQuery } from '@guichet/common';
import { PaymentProofService } from '@guichet/payments';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { FastifyRequest } from 'fastify';
import { ContentItemDto, CreateOrderDto, SeatItemDto } from './dto/create-order.dto';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';
import { OrderPlacementService } from './order-placement.service';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiExtraModels(SeatItemDto, ContentItemDto)
@Controller()
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly placement: OrderPlacementService,
    private readonly proofs: PaymentProofService,
  ) {}

  @Roles(Role.Customer)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Seats: 1–200 visible ASCII characters; a retry with the same key answers the first order and holds nothing more',
  })
  @ApiResponse({ status: 503, description: 'Too many buyers at once (`/overloaded`): retry after `Retry-After` seconds with the same Idempotency-Key' })
  @ApiBody({ type: CreateOrderDto })
  @Post('orders')
  create(@CurrentUser() caller: AuthUser, @Body() body: unknown, @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined) {
    // `unknown` keeps the global pipe for the refusals only: OrderPlacementService recognises a seat order first.
    return this.placement.place(caller, body, idempotencyKey);
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
