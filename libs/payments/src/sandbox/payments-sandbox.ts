import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import Stripe from 'stripe';
import type { StripeEvent, StoredSession } from './stripe-api/objects';
import { createRouter } from './stripe-api/router';
import type { Saved } from './stripe-api/server';
import { createStripeServer } from './stripe-api/server';
import type { StripeStoreState } from './stripe-api/store';
import { StripeStore } from './stripe-api/store';
import { deliver } from './stripe-api/webhooks';

export interface PaymentsSandboxOptions {
  /** DATA_DIR: the sandbox keeps its keys and Stripe-side state there across restarts. */
  dataDir: string;
  /** Where the product receives Stripe events: the same route as in production. */
  webhookUrl: string;
  /** Where the product serves the sandbox's hosted pages (Checkout, Connect onboarding). */
  pagesUrl: string;
  /**
   * A one-off command (`npm run seed:demo`) must not run a second sandbox next to a running app: both would
   * rewrite the same state file. When true, a busy saved port is an error instead of a reason to move.
   */
  refuseIfRunning?: boolean;
}

export class SandboxAlreadyRunningError extends Error {}

interface SavedFile {
  secretKey: string;
  webhookSecret: string;
  port: number;
  state: StripeStoreState;
  idempotency: [string, Saved][];
}

/** Stripe retries failed deliveries for days; locally a few quick tries are enough (the app may still be starting). */
const DELIVERY_DELAYS_MS = [0, 1000, 3000, 10_000, 30_000];

/**
 * The payments sandbox of `npm start`: a Stripe API stand-in on loopback for the calls the product makes
 * (the official client is pointed at it with STRIPE_API_URL), hosted pages marked TEST, and every event
 * posted, signed with the webhook secret, to the product's real webhook route. So fulfilment, idempotency
 * and refunds run the production code. Never in production (the config check refuses it).
 */
export class PaymentsSandbox {
  private readonly logger = new Logger('PaymentsSandbox');
  private readonly file: string;
  private readonly store: StripeStore;
  private readonly saved = new Map<string, Saved>();
  private readonly deliveries = new Map<string, Promise<boolean>>();
  private server?: Server;
  private secretKey = `sk_test_sandbox_${randomBytes(12).toString('hex')}`;
  private webhookSecret = `whsec_${randomBytes(24).toString('hex')}`;
  private port = 0;

  constructor(private readonly options: PaymentsSandboxOptions) {
    this.file = resolve(options.dataDir, 'payments-sandbox.json');
    this.store = new StripeStore(() => options.pagesUrl, Stripe.API_VERSION, {
      instantOnboarding: true,
      onEvent: (event) => {
        const delivery = this.deliver(event);
        this.deliveries.set(event.id, delivery);
        void delivery.finally(() => this.deliveries.delete(event.id));
      },
    });
  }

  /** Loads what a previous run left, then listens on loopback (the same port as last time when it is free). */
  async start(): Promise<this> {
    this.load();
    const server = createStripeServer(createRouter(this.store), undefined, this.secretKey, this.saved, () => this.save());
    this.server = server;
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' || this.port === 0) return reject(error);
        if (this.options.refuseIfRunning) {
          return reject(
            new SandboxAlreadyRunningError(`The payments sandbox of ${this.options.dataDir} is in use (is \`npm start\` running?). Stop it first.`),
          );
        }
        server.listen(0, '127.0.0.1', resolveListen);
      });
      server.listen(this.port, '127.0.0.1', resolveListen);
    });
    this.port = (server.address() as AddressInfo).port;
    this.save();
    return this;
  }

  /** What the product's config takes to talk to the sandbox instead of Stripe. */
  environment(): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: this.secretKey,
      STRIPE_WEBHOOK_SECRET: this.webhookSecret,
      STRIPE_API_URL: `http://127.0.0.1:${this.port}`,
      PAYMENTS_SANDBOX: 'true',
    };
  }

  session(id: string): StoredSession | undefined {
    return this.store.sessions.get(id);
  }

  /** "Payer" on the TEST Checkout page: the session completes and the signed event reaches the webhook. */
  async pay(sessionId: string): Promise<{ delivered: boolean }> {
    const event = this.store.complete(sessionId);
    this.save();
    return { delivered: await (this.deliveries.get(event.id) ?? Promise.resolve(false)) };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
  }

  private async deliver(event: StripeEvent): Promise<boolean> {
    for (const delay of DELIVERY_DELAYS_MS) {
      if (delay) await new Promise((wait) => setTimeout(wait, delay).unref());
      const outcome = await deliver(event, this.options.webhookUrl, this.webhookSecret).catch(() => undefined);
      if (outcome && outcome.status < 300) return true;
      this.logger.warn(`${event.type} ${event.id} not accepted by the webhook (${outcome?.status ?? 'unreachable'}); retrying`);
    }
    this.logger.error(`${event.type} ${event.id} was never accepted by the webhook`);
    return false;
  }

  private load(): void {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return; // first run
    }
    const saved = JSON.parse(text) as SavedFile;
    this.secretKey = saved.secretKey;
    this.webhookSecret = saved.webhookSecret;
    this.port = saved.port;
    this.store.restore(saved.state);
    for (const [key, value] of saved.idempotency) this.saved.set(key, value);
  }

  /** Small (a local trial's worth of objects): rewritten whole after each change, atomically. */
  private save(): void {
    const content: SavedFile = {
      secretKey: this.secretKey,
      webhookSecret: this.webhookSecret,
      port: this.port,
      state: this.store.snapshot(),
      idempotency: [...this.saved],
    };
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.partial`, JSON.stringify(content), { mode: 0o600 });
    renameSync(`${this.file}.partial`, this.file);
  }
}
