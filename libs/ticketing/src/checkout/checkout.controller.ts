import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@guichet/common';
import { AuthUser, CurrentUser, Role, Roles } from '@guichet/users';
import { CheckoutService } from './checkout.service';

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
    if (!outcome.order) throw new DomainError('not-found', 404, 'Order not found');
    throw new DomainError('not-payable', 409, 'This order cannot be paid', `It is ${outcome.order.status}${outcome.order.status === 'pending' ? ' but its hold lapsed' : ''}.`);
  }
}
