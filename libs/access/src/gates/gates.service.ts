import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page, PageQuery, pageOf, uniqueViolation } from '@guichet/common';
import { assertManagesClub, AuthUser, ClubsService } from '@guichet/users';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { gateNameTaken, gateNotFound } from '../access.errors';
import { GateAuthService } from './gate-auth.service';
import { GatesGateway } from '../gateway/gates.gateway';
import { CreateGateDto } from './dto/create-gate.dto';
import { GateEvent, GateEventKind } from './gate-event.entity';
import { newGateKey } from './gate-key';
import { GateEventView, GateView, gateView } from './gate-view';
import { Gate } from './gate.entity';

export const DEFAULT_HOLD_MS = 8000;

export interface GateWithKey {
  gate: GateView;
  /** Shown once: only its hash is stored. */
  deviceKey: string;
}

/** Registering, listing, re-keying and revoking the gate devices of a club. */
@Injectable()
export class GatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clubs: ClubsService,
    private readonly signals: GatesGateway,
    private readonly keys: GateAuthService,
  ) {}

  async create(caller: AuthUser, clubId: string, dto: CreateGateDto): Promise<GateWithKey> {
    assertManagesClub(caller, clubId);
    await this.clubs.get(clubId);
    const { key, hash } = newGateKey();
    try {
      const id = await this.db.transaction(async (manager) => {
        const { identifiers } = await manager.insert(Gate, {
          clubId,
          name: dto.name,
          keyHash: hash,
          holdMs: dto.holdMs ?? DEFAULT_HOLD_MS,
          createdBy: caller.id,
        });
        const gateId = identifiers[0].id as string;
        await this.log(manager, gateId, 'registered', { by: caller.id });
        return gateId;
      });
      return { gate: gateView(await this.db.manager.findOneByOrFail(Gate, { id })), deviceKey: key };
    } catch (error) {
      if (uniqueViolation(error) === 'gate_name_per_club') throw gateNameTaken();
      throw error;
    }
  }

  async list(caller: AuthUser, clubId: string): Promise<GateView[]> {
    assertManagesClub(caller, clubId);
    await this.clubs.get(clubId);
    const gates = await this.db.manager.find(Gate, { where: { clubId, revokedAt: IsNull() }, order: { name: 'ASC' } });
    const now = Date.now();
    return gates.map((gate) => gateView(gate, now));
  }

  async get(caller: AuthUser, id: string): Promise<GateView> {
    return gateView(await this.owned(caller, id));
  }

  /** A new key; the old one stops working at once and the device's open socket is cut. */
  async rotateKey(caller: AuthUser, id: string): Promise<GateWithKey> {
    await this.owned(caller, id);
    const { key, hash } = newGateKey();
    await this.db.transaction(async (manager) => {
      await manager.update(Gate, { id }, { keyHash: hash, keyRotatedAt: () => 'now()' });
      await this.log(manager, id, 'key_rotated', { by: caller.id });
    });
    this.keys.forget(id);
    this.signals.disconnect(id);
    return { gate: gateView(await this.db.manager.findOneByOrFail(Gate, { id })), deviceKey: key };
  }

  /** Kept for the scan log, but its key no longer opens anything and it leaves the club's list. */
  async revoke(caller: AuthUser, id: string): Promise<void> {
    await this.owned(caller, id);
    await this.db.transaction(async (manager) => {
      await manager.update(Gate, { id }, { revokedAt: () => 'now()', online: false });
      await this.log(manager, id, 'revoked', { by: caller.id });
    });
    this.keys.forget(id);
    this.signals.disconnect(id);
  }

  async events(caller: AuthUser, id: string, query: PageQuery): Promise<Page<GateEventView>> {
    await this.owned(caller, id, true);
    const [events, total] = await this.db.manager.findAndCount(GateEvent, {
      where: { gateId: id },
      order: { at: 'DESC', id: 'DESC' },
      skip: query.offset,
      take: query.pageSize,
    });
    return pageOf(
      events.map((event) => ({
        id: event.id,
        kind: event.kind,
        scanRef: event.scanRef,
        doorState: event.doorState,
        sensorCm: event.sensorCm,
        detail: event.detail,
        at: event.at.toISOString(),
      })),
      total,
      query,
    );
  }

  private async owned(caller: AuthUser, id: string, includeRevoked = false): Promise<Gate> {
    const gate = await this.db.manager.findOneBy(Gate, includeRevoked ? { id } : { id, revokedAt: IsNull() });
    if (!gate) throw gateNotFound();
    assertManagesClub(caller, gate.clubId);
    return gate;
  }

  private async log(manager: EntityManager, gateId: string, kind: GateEventKind, detail: Record<string, unknown>): Promise<void> {
    await manager.query('INSERT INTO gate_event (gate_id, kind, detail) VALUES ($1, $2, $3)', [gateId, kind, JSON.stringify(detail)]);
  }
}
