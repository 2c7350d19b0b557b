import { Injectable } from '@nestjs/common';
import { MatchesService } from '@guichet/catalogue';
import { TicketReads } from '@guichet/ticketing';
import { assertManagesClub, AuthUser } from '@guichet/users';

export interface StandAttendance {
  standId: string;
  name: string;
  sold: number;
  checkedIn: number;
}

export interface Attendance {
  matchId: string;
  /** Tickets issued and not void (valid or used). */
  sold: number;
  /** Tickets used: holders who went through the entrance. */
  checkedIn: number;
  byStand: StandAttendance[];
}

/** Live numbers, read from the tickets themselves: a scan counts the moment it marks a ticket used. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly matches: MatchesService,
    private readonly tickets: TicketReads,
  ) {}

  async attendance(caller: AuthUser, matchId: string): Promise<Attendance> {
    const match = await this.matches.get(matchId);
    assertManagesClub(caller, match.club.id);
    const counts = await this.tickets.countsByStand(matchId);
    const byId = new Map(counts.map((row) => [row.standId, row]));
    // Every stand opened for the match (a stand with sales cannot be closed), with zeros where nothing sold.
    const byStand = match.stands.map((stand) => ({
      standId: stand.standId,
      name: stand.name,
      sold: byId.get(stand.standId)?.sold ?? 0,
      checkedIn: byId.get(stand.standId)?.checkedIn ?? 0,
    }));
    return {
      matchId,
      sold: byStand.reduce((sum, stand) => sum + stand.sold, 0),
      checkedIn: byStand.reduce((sum, stand) => sum + stand.checkedIn, 0),
      byStand,
    };
  }
}
