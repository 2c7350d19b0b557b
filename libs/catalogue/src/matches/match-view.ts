import type { Money } from '@guichet/common';

export interface MatchStandView {
  standId: string;
  name: string;
  price: Money;
  quota: number;
  remaining: number;
}

export interface MatchView {
  id: string;
  club: { id: string; name: string };
  opponent: string;
  kickoffAt: string;
  venue: 'home' | 'away';
  competition: { id: string; name: string } | null;
  status: 'scheduled' | 'cancelled';
  stands: MatchStandView[];
}

/** One row of the match read query (see matches.query.ts). */
export interface MatchRow {
  id: string;
  club_id: string;
  opponent: string;
  kickoff_at: Date;
  venue: 'home' | 'away';
  competition_id: string | null;
  competition_name: string | null;
  status: 'scheduled' | 'cancelled';
  stands: { standId: string; name: string; priceAmount: number; priceCurrency: string; quota: number; reserved: number }[];
}

export const matchView = (row: MatchRow, clubName: string): MatchView => ({
  id: row.id,
  club: { id: row.club_id, name: clubName },
  opponent: row.opponent,
  kickoffAt: row.kickoff_at.toISOString(),
  venue: row.venue,
  competition: row.competition_id ? { id: row.competition_id, name: row.competition_name ?? '' } : null,
  status: row.status,
  stands: row.stands.map((stand) => ({
    standId: stand.standId,
    name: stand.name,
    price: { amount: stand.priceAmount, currency: stand.priceCurrency },
    quota: stand.quota,
    remaining: Math.max(0, stand.quota - stand.reserved),
  })),
});
