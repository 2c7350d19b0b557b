import request from 'supertest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FakeStripe } from '../fakes/stripe';
import { startFakeStripe } from '../fakes/stripe';
import { bearer } from './accounts';
import { clubWithMatch } from './club-fixtures';
import { ownDatabase } from './own-database';
import type { TestApp } from './test-app';
import { startTestApp } from './test-app';

export const WEBHOOK_SECRET = 'whsec_test_guichet';

export const stripeEnv = (fake: FakeStripe) => ({
  STRIPE_SECRET_KEY: 'sk_test_guichet',
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  STRIPE_API_URL: fake.url,
});

export const webhookUrl = (baseUrl: string) => `${baseUrl}/api/v1/payments/stripe/webhook`;

/** A club that finished Stripe onboarding (account.updated delivered) with one match on sale. */
export async function sellingClub(baseUrl: string, fake: FakeStripe, quota = 500) {
  const setup = await clubWithMatch(baseUrl, quota);
  const link = await request(baseUrl).post(`/api/v1/clubs/${setup.organizer.club.id}/stripe/onboarding`).set(bearer(setup.organizer)).expect(201);
  const account = [...fake.accounts.values()].find((candidate) => candidate.metadata.clubId === setup.organizer.club.id);
  if (!account) throw new Error('no connected account was created');
  const delivery = await fake.deliver(fake.enableCharges(account.id), webhookUrl(baseUrl), WEBHOOK_SECRET);
  if (delivery.status !== 200) throw new Error(`account.updated was refused: ${delivery.status}`);
  return { ...setup, accountId: account.id, onboardingUrl: (link.body as { url: string }).url };
}

export interface SellingApp {
  fake: FakeStripe;
  t: TestApp;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * The app with api + worker against a fake Stripe, sweeping every 300 ms so that lapsed holds go quickly, on a
 * database of its own: a sweep takes every lapsed hold it sees, and another file's hold closed through this
 * app's fake Stripe (or ours through theirs) would fail both.
 */
export async function startSellingApp(): Promise<SellingApp> {
  const fake = await startFakeStripe();
  const own = await ownDatabase('selling');
  const t = await startTestApp({ ...stripeEnv(fake), SWEEP_INTERVAL_MS: '300', DATABASE_URL: own.url });
  return {
    fake,
    t,
    db: t.app.get<DataSource>(getDataSourceToken()),
    async close() {
      await t.close();
      await fake.close();
      await own.drop();
    },
  };
}
