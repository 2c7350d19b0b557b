import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CheckoutService } from './checkout.service';
import { ticketingError } from '../ticketing.errors';

/** The payment step for REST clients: the same as opening `payment.checkoutUrl`, answered as JSON. */
@ApiTags('orders')
@Controller()
export class CheckoutController {
  constructor(private readonly checkout: CheckoutService) {}

  @Roles(Role.Customer)
  @HttpCode(200)
  @ApiOkResponse({ description: '`{url}`: Stripe Checkout page of this pending order (the same session on every call)' })
  @ApiResponse({ status: 409, description: '`/not-payable`: the order is no longer pending, or its hold lapsed' })
  @ApiResponse({ status: 503, description: '`/payment-unavailable`: Stripe did not answer; the seats stay held until expiry' })
  @Post('orders/:id/checkout')
  async open(@CurrentUser() caller: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<{ url: string }> {
    const outcome = await this.checkout.start(id.toLowerCase(), caller.id);
    if ('stripeUrl' in outcome) return { url: outcome.stripeUrl };
    if (!outcome.order) throw ticketingError('not-found', undefined, { title: 'Order not found' });
    throw ticketingError('not-payable', `It is ${outcome.order.status}${outcome.order.status === 'pending' ? ' but its hold lapsed' : ''}.`);
  }
}
