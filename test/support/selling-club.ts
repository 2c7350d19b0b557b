import request from 'supertest';
import { FakeStripe } from '../fakes/stripe';
import { bearer } from './accounts';
import { clubWithMatch } from './club-fixtures';

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
  return { ...setup, accountId: account.id, onboardingUrl: link.body.url as string };
}
