import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '@guichet/common';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { PaymentsSandbox } from './payments-sandbox';
import { checkoutPage, onboardingPage } from './sandbox-markup';

export const SANDBOX_PAGES_PATH = '/sandbox/stripe';

const html = (reply: FastifyReply, body: string, status = 200) =>
  reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);

/**
 * The sandbox's hosted pages, on the product's own origin (outside /api/v1, like the other browser pages):
 * Checkout with "Payer" / "Annuler", and the end of Connect onboarding. Session ids are unguessable, as on Stripe.
 */
@Injectable()
export class PaymentsSandboxPages implements OnModuleInit {
  constructor(
    private readonly host: HttpAdapterHost,
    private readonly sandbox: PaymentsSandbox,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const adapter = this.host.httpAdapter;
    if (!adapter) return;
    const fastify = adapter.getInstance<FastifyInstance>();
    const notFound = (reply: FastifyReply) =>
      html(reply, '<!doctype html><title>Introuvable</title><p>Session de paiement inconnue. · Unknown checkout session.</p>', 404);

    fastify.get<{ Params: { id: string } }>(`${SANDBOX_PAGES_PATH}/pay/:id`, (request, reply) => {
      const stored = this.sandbox.session(request.params.id);
      if (!stored) return notFound(reply);
      return html(reply, checkoutPage(stored, `${SANDBOX_PAGES_PATH}/pay/${stored.session.id}`));
    });

    fastify.post<{ Params: { id: string } }>(`${SANDBOX_PAGES_PATH}/pay/:id/confirm`, async (request, reply) => {
      const stored = this.sandbox.session(request.params.id);
      if (!stored) return notFound(reply);
      if (stored.session.status !== 'open') return reply.redirect(`${SANDBOX_PAGES_PATH}/pay/${stored.session.id}`, 303);
      await this.sandbox.pay(stored.session.id);
      return reply.redirect(stored.session.success_url ?? this.config.PUBLIC_URL, 303);
    });

    fastify.post<{ Params: { id: string } }>(`${SANDBOX_PAGES_PATH}/pay/:id/cancel`, (request, reply) => {
      const stored = this.sandbox.session(request.params.id);
      if (!stored) return notFound(reply);
      // As on Stripe: cancelling only leaves the page; the session stays open until it expires.
      return reply.redirect(stored.session.cancel_url ?? this.config.PUBLIC_URL, 303);
    });

    fastify.get<{ Params: { id: string } }>(`${SANDBOX_PAGES_PATH}/connect/onboarding/:id`, (request, reply) =>
      html(reply, onboardingPage(request.params.id, this.config.CONSOLE_URL ?? this.config.PUBLIC_URL)),
    );
  }
}
