import request from 'supertest';
import type { Session } from '../accounts';
import { bearer, login } from '../accounts';
import { TEST_ADMIN } from '../test-app';

export const API = '/api/v1';

export const adminSession = (baseUrl: string): Promise<Session> => login(baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);

export interface Ref {
  id: string;
  [field: string]: unknown;
}

export const filmBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Les Misérables',
  description: 'Jean Valjean, ancien forçat, tente de se racheter dans la France du XIXᵉ siècle.',
  genres: ['Drame', 'Histoire'],
  year: 2012,
  durationMinutes: 158,
  language: 'fr',
  price: { amount: 1500, currency: 'XAF' },
  ...overrides,
});

export async function createFilm(baseUrl: string, admin: Session, overrides: Record<string, unknown> = {}): Promise<Ref> {
  const res = await request(baseUrl).post(`${API}/films`).set(bearer(admin)).send(filmBody(overrides)).expect(201);
  return res.body as Ref;
}

export async function createSeries(baseUrl: string, admin: Session, overrides: Record<string, unknown> = {}): Promise<Ref> {
  const res = await request(baseUrl)
    .post(`${API}/series`)
    .set(bearer(admin))
    .send({
      title: 'Le Bureau des légendes',
      description: 'Espions de la DGSE.',
      genres: ['thriller'],
      year: 2015,
      language: 'fr',
      price: { amount: 5000 },
      ...overrides,
    })
    .expect(201);
  return res.body as Ref;
}

export async function createSeason(baseUrl: string, admin: Session, seriesId: string, number: number, extra: Record<string, unknown> = {}): Promise<Ref> {
  const res = await request(baseUrl)
    .post(`${API}/series/${seriesId}/seasons`)
    .set(bearer(admin))
    .send({ number, ...extra })
    .expect(201);
  return res.body as Ref;
}

export async function createEpisode(baseUrl: string, admin: Session, seasonId: string, number: number, extra: Record<string, unknown> = {}): Promise<Ref> {
  const res = await request(baseUrl)
    .post(`${API}/seasons/${seasonId}/episodes`)
    .set(bearer(admin))
    .send({ number, title: `Épisode ${number}`, durationMinutes: 52, ...extra })
    .expect(201);
  return res.body as Ref;
}
