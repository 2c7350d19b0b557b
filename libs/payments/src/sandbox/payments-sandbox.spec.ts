import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { PaymentsSandbox, SandboxAlreadyRunningError } from './payments-sandbox';

/** A webhook endpoint that checks signatures as the product does, and keeps what it accepted. */
async function webhookReceiver(secret: () => string): Promise<{ url: string; events: Stripe.Event[]; server: Server }> {
  const events: Stripe.Event[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        events.push(Stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature']), secret()));
        res.writeHead(200).end('{}');
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`, events, server };
}

const clientFor = (sandbox: PaymentsSandbox) => {
  const env = sandbox.environment();
  const target = new URL(env.STRIPE_API_URL);
  return new Stripe(env.STRIPE_SECRET_KEY, { host: target.hostname, port: target.port, protocol: 'http', maxNetworkRetries: 0 });
};

describe('PaymentsSandbox', () => {
  let dataDir: string;
  let sandbox: PaymentsSandbox | undefined;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'guichet-sandbox-'));
    receiver = await webhookReceiver(() => sandbox?.environment().STRIPE_WEBHOOK_SECRET ?? '');
  });
  afterEach(async () => {
    await sandbox?.close();
    receiver.server.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = (refuseIfRunning = false) =>
    new PaymentsSandbox({ dataDir, webhookUrl: receiver.url, pagesUrl: 'http://localhost:3000/sandbox/stripe', refuseIfRunning }).start();

  it('lets a new club sell at once, pays a session with a signed event, refunds with another, and keeps it all across a restart', async () => {
    sandbox = await start();
    const stripe = clientFor(sandbox);
    const account = await stripe.accounts.create({ type: 'express', country: 'BE', capabilities: { transfers: { requested: true } } });
    expect(account.charges_enabled).toBe(true);
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [{ quantity: 2, price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'Tribune Nord' } } }],
        payment_intent_data: { application_fee_amount: 300, transfer_data: { destination: account.id } },
        success_url: 'http://localhost:3000/orders/1?paid=1',
      },
      { idempotencyKey: 'order-1' },
    );
    expect(session.url).toBe(`http://localhost:3000/sandbox/stripe/pay/${session.id}`);

    expect(await sandbox.pay(session.id)).toEqual({ delivered: true });
    const completed = receiver.events.find((e) => e.type === 'checkout.session.completed') as Stripe.CheckoutSessionCompletedEvent;
    expect(completed.data.object).toMatchObject({ id: session.id, payment_status: 'paid', amount_total: 3000 });

    const refund = await stripe.refunds.create({ payment_intent: completed.data.object.payment_intent as string });
    expect(refund).toMatchObject({ amount: 3000, status: 'succeeded' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.events.map((e) => e.type)).toContain('charge.refunded');

    const port = new URL(sandbox.environment().STRIPE_API_URL).port;
    await sandbox.close();
    sandbox = await start();
    expect(new URL(sandbox.environment().STRIPE_API_URL).port).toBe(port);
    const again = clientFor(sandbox);
    expect((await again.accounts.retrieve(account.id)).charges_enabled).toBe(true);
    expect((await again.checkout.sessions.retrieve(session.id)).status).toBe('complete');
    const replay = await again.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [{ quantity: 2, price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'Tribune Nord' } } }],
        payment_intent_data: { application_fee_amount: 300, transfer_data: { destination: account.id } },
        success_url: 'http://localhost:3000/orders/1?paid=1',
      },
      { idempotencyKey: 'order-1' },
    );
    expect(replay.id).toBe(session.id);
    await expect(again.refunds.create({ payment_intent: completed.data.object.payment_intent as string })).rejects.toThrow(/already been refunded/);
  });

  it('refuses a second sandbox on the same folder for a one-off command', async () => {
    sandbox = await start();
    await expect(start(true)).rejects.toBeInstanceOf(SandboxAlreadyRunningError);
  });
});
