import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@guichet/common';
import { FastifyRequest } from 'fastify';
import { StripeWebhookService } from './stripe-webhook.service';

@ApiTags('payments')
@Controller('payments/stripe')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Public()
  @ApiOperation({ summary: 'Stripe events; the Stripe-Signature header is verified against the raw body' })
  @HttpCode(200)
  @Post('webhook')
  receive(@Req() request: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature?: string) {
    return this.webhooks.receive(request.rawBody, signature);
  }
}
