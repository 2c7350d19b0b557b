import { Injectable } from '@nestjs/common';
import { MatchesService, MatchView } from '@guichet/catalogue';
import { TicketView } from '@guichet/ticketing';
import * as QRCode from 'qrcode';

/** A ticket as the pages show it: its match, stand name and QR as inline SVG. */
export interface TicketCard {
  ticket: TicketView;
  standName: string;
  qrSvg: string;
}

export interface TicketGroup {
  match: MatchView | undefined;
  cards: TicketCard[];
}

/** Same settings as the mailed QR (medium error correction survives a cracked screen). */
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2, type: 'svg' } as const;

/** Groups tickets by match (soonest first) and renders each QR once per request. */
@Injectable()
export class TicketCards {
  constructor(private readonly matches: MatchesService) {}

  async grouped(tickets: TicketView[]): Promise<TicketGroup[]> {
    const ids = [...new Set(tickets.map((ticket) => ticket.matchId))];
    const matches = new Map<string, MatchView | undefined>();
    await Promise.all(ids.map(async (id) => matches.set(id, await this.matches.get(id).catch(() => undefined))));
    const groups = await Promise.all(
      ids.map(async (id) => {
        const match = matches.get(id);
        const cards = await Promise.all(
          tickets
            .filter((ticket) => ticket.matchId === id)
            .map(async (ticket) => ({
              ticket,
              standName: match?.stands.find((stand) => stand.standId === ticket.standId)?.name ?? '',
              qrSvg: await QRCode.toString(ticket.code, QR_OPTIONS),
            })),
        );
        return { match, cards };
      }),
    );
    return groups.sort((a, b) => (a.match?.kickoffAt ?? '').localeCompare(b.match?.kickoffAt ?? ''));
  }
}
