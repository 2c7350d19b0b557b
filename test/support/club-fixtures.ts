import request from 'supertest';
import type { Session } from './accounts';
import { bearer, registerOrganizer } from './accounts';

export type Organizer = Session & { club: { id: string; name: string } };

export interface CreatedMatch {
  id: string;
  stands: { standId: string; remaining: number; quota: number }[];
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export async function createStand(url: string, organizer: Organizer, body: Record<string, unknown> = {}): Promise<{ id: string; capacity: number }> {
  const res = await request(url)
    .post(`/api/v1/clubs/${organizer.club.id}/stands`)
    .set(bearer(organizer))
    .send({ name: `Tribune ${Math.random().toString(36).slice(2, 8)}`, capacity: 500, price: { amount: 1500, currency: 'EUR' }, ...body })
    .expect(201);
  return res.body as { id: string; capacity: number };
}

export async function createMatch(
  url: string,
  organizer: Organizer,
  stands: { standId: string; quota?: number; price?: { amount: number; currency: string } }[],
  body: Record<string, unknown> = {},
): Promise<CreatedMatch> {
  const res = await request(url)
    .post('/api/v1/matches')
    .set(bearer(organizer))
    .send({ opponent: 'FC Uccle Sport', kickoffAt: inDays(7), venue: 'home', stands, ...body })
    .expect(201);
  return res.body as CreatedMatch;
}

export async function clubWithMatch(url: string, quota = 500) {
  const organizer = (await registerOrganizer(url)) as Organizer;
  const stand = await createStand(url, organizer, { capacity: Math.max(quota, 1) });
  const match = await createMatch(url, organizer, [{ standId: stand.id, quota }]);
  return { organizer, stand, match };
}
