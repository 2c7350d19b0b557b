import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DomainError } from '@guichet/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CheckoutLinks } from './checkout-links';
import { CheckoutService } from './checkout.service';
import { paymentProblemPage } from './payment-problem-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type PayRequest = FastifyRequest<{ Params: { id: string }; Querystring: { t?: string } }>;

/**
 * `GET /orders/{id}/pay?t=…`, the card payment link of an order (outside /api/v1: registered straight on
 * Fastify, as the global prefix applies to every Nest controller). A valid link of a payable order → 303
 * to Stripe's page; anything else → 303 to the order page; Stripe unavailable → a readable page saying the
 * seats stay held.
 */
@Injectable()
export class PayLinkRoute implements OnModuleInit {
  constructor(
    private readonly host: HttpAdapterHost,
    private readonly links: CheckoutLinks,
    private readonly checkout: CheckoutService,
  ) {}

  onModuleInit(): void {
    const adapter = this.host.httpAdapter;
    if (!adapter) return;
    adapter.getInstance<FastifyInstance>().get('/orders/:id/pay', (request: PayRequest, reply) => this.pay(request, reply));
  }

  private async pay(request: PayRequest, reply: FastifyReply): Promise<FastifyReply> {
    const { id } = request.params;
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    if (!UUID.test(id)) return reply.code(404).type('text/html; charset=utf-8').send(paymentProblemPage('not-found'));
    const orderPage = `/orders/${id.toLowerCase()}`;
    if (!this.links.verify(id, request.query.t)) return reply.redirect(orderPage, 303);
    try {
      const outcome = await this.checkout.start(id.toLowerCase());
      return reply.redirect('stripeUrl' in outcome ? outcome.stripeUrl : orderPage, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const page = paymentProblemPage(error.code === 'club-cannot-sell' ? 'club-cannot-sell' : 'payment-unavailable', orderPage);
      return reply.code(error.status).type('text/html; charset=utf-8').send(page);
    }
  }
}
