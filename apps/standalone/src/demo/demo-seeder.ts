import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@guichet/common';
import { clipAvi, posterJpeg } from './demo-media';
import { DEMO_CLUB, DEMO_COMPETITION, DEMO_FILMS, DEMO_OPPONENTS, DEMO_SERIES, DEMO_STANDS } from './demo-content';
import { InjectClient } from './inject-client';
import { saturdayKickoff } from './kickoff';

export interface DemoLogins {
  DEMO_ORGANIZER_EMAIL: string;
  DEMO_ORGANIZER_PASSWORD: string;
  DEMO_CUSTOMER_EMAIL: string;
  DEMO_CUSTOMER_PASSWORD: string;
}

interface Tokens {
  accessToken: string;
}
interface Page {
  total: number;
}
interface Created {
  id: string;
}

/**
 * The demo: a club with two stands and three upcoming matches (the first on sale), four films and a
 * series of two seasons with posters and small video files, a demo organizer and a demo customer.
 * Built through the public API only.
 */
export class DemoSeeder {
  private readonly logger = new Logger('Demo');
  private readonly api: InjectClient;

  constructor(
    app: NestFastifyApplication,
    private readonly config: AppConfig,
  ) {
    this.api = new InjectClient(app.getHttpAdapter().getInstance());
  }

  /** Empty: no club and no film or series yet (a database someone already uses is left alone). */
  async isEmpty(): Promise<boolean> {
    const [clubs, films, series] = await Promise.all(
      ['/clubs?pageSize=1', '/films?pageSize=1', '/series?pageSize=1'].map((path) => this.api.call<Page>('GET', path)),
    );
    return clubs.total + films.total + series.total === 0;
  }

  async seed(logins: DemoLogins): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) throw new Error('demo: ADMIN_EMAIL and ADMIN_PASSWORD are needed to build the catalogue');
    const admin = (await this.api.call<Tokens>('POST', '/auth/login', { json: { login: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).accessToken;
    await this.club(admin, logins);
    await this.catalogue(admin);
    await this.api.call('POST', '/auth/register', {
      json: { email: logins.DEMO_CUSTOMER_EMAIL, username: 'supporter', password: logins.DEMO_CUSTOMER_PASSWORD, displayName: 'Supporter (démo)' },
    });
    this.logger.log('Demo data seeded: a club with 3 matches, 4 films, 1 series');
  }

  private async club(admin: string, logins: DemoLogins): Promise<void> {
    const registered = await this.api.call<Tokens & { club: Created }>('POST', '/auth/register/organizer', {
      json: { email: logins.DEMO_ORGANIZER_EMAIL, username: 'organisateur', password: logins.DEMO_ORGANIZER_PASSWORD, club: DEMO_CLUB },
    });
    const organizer = registered.accessToken;
    const clubId = registered.club.id;
    if (this.config.STRIPE_SECRET_KEY) {
      // In the sandbox the account can take payments at once; with real Stripe keys the organizer finishes onboarding.
      await this.api.call('POST', `/clubs/${clubId}/stripe/onboarding`, { token: organizer });
    }
    const competition = await this.api.call<Created>('POST', '/competitions', { token: admin, json: DEMO_COMPETITION });
    const stands: Created[] = [];
    for (const stand of DEMO_STANDS) stands.push(await this.api.call<Created>('POST', `/clubs/${clubId}/stands`, { token: organizer, json: stand }));
    const now = new Date();
    for (const [i, opponent] of DEMO_OPPONENTS.entries()) {
      await this.api.call('POST', '/matches', {
        token: organizer,
        json: {
          opponent,
          kickoffAt: saturdayKickoff(now, i + 1),
          venue: 'home',
          competitionId: competition.id,
          stands: stands.map((stand) => ({ standId: stand.id, ...(i === 0 ? {} : { quota: 0 }) })),
        },
      });
    }
  }

  private async catalogue(admin: string): Promise<void> {
    for (const { hue, price, ...film } of DEMO_FILMS) {
      const created = await this.api.call<Created>('POST', '/films', { token: admin, json: { ...film, price: { amount: price, currency: 'XAF' } } });
      await this.media(admin, `/films/${created.id}`, film.title, `${film.year} · ${film.durationMinutes} min`, hue, true);
    }
    const { seasons, hue, price, ...series } = DEMO_SERIES;
    const createdSeries = await this.api.call<Created>('POST', '/series', { token: admin, json: { ...series, price: { amount: price, currency: 'XAF' } } });
    await this.media(admin, `/series/${createdSeries.id}`, series.title, `Série · ${seasons.length} saisons`, hue, false);
    for (const season of seasons) {
      const createdSeason = await this.api.call<Created>('POST', `/series/${createdSeries.id}/seasons`, {
        token: admin,
        json: { number: season.number, title: season.title, price: { amount: season.price, currency: 'XAF' } },
      });
      await this.media(admin, `/seasons/${createdSeason.id}`, series.title, season.title, hue + 15 * season.number, false);
      for (const [i, title] of season.episodes.entries()) {
        const episode = await this.api.call<Created>('POST', `/seasons/${createdSeason.id}/episodes`, {
          token: admin,
          json: { number: i + 1, title, durationMinutes: 26, language: 'fr' },
        });
        await this.media(admin, `/episodes/${episode.id}`, title, `${series.title} · S${season.number} E${i + 1}`, hue + 10 * i, true);
      }
    }
  }

  /** The poster, and for what plays (films, episodes) a small video file. */
  private async media(admin: string, path: string, title: string, subtitle: string, hue: number, playable: boolean): Promise<void> {
    const poster = await posterJpeg(title, subtitle, hue % 360);
    await this.api.call('PUT', `${path}/thumbnail`, { token: admin, file: { name: 'poster.jpg', type: 'image/jpeg', bytes: poster } });
    if (!playable) return;
    const clip = await clipAvi(title, hue % 360);
    await this.api.call('PUT', `${path}/media`, { token: admin, file: { name: `${title}.avi`, type: 'video/x-msvideo', bytes: clip } });
  }
}
