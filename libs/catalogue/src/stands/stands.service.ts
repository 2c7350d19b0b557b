import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, uniqueViolation } from '@guichet/common';
import { assertManagesClub, AuthUser, ClubsService } from '@guichet/users';
import { DataSource } from 'typeorm';
import { CreateStandDto, UpdateStandDto } from './stand.dto';
import { Stand } from './stand.entity';
import { StandView, standView } from './stand-view';
import { catalogueError } from '../catalogue.errors';

const duplicate = () => catalogueError('stand-exists');

@Injectable()
export class StandsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clubs: ClubsService,
  ) {}

  async list(clubId: string): Promise<StandView[]> {
    await this.clubs.get(clubId);
    const stands = await this.db.manager.find(Stand, { where: { clubId }, order: { name: 'ASC' } });
    return stands.map(standView);
  }

  async create(caller: AuthUser, clubId: string, dto: CreateStandDto): Promise<StandView> {
    assertManagesClub(caller, clubId);
    await this.clubs.get(clubId);
    const stand = this.db.manager.create(Stand, {
      clubId,
      name: dto.name,
      capacity: dto.capacity,
      priceAmount: dto.price.amount,
      priceCurrency: dto.price.currency,
    });
    return standView(await this.saveOrConflict(stand));
  }

  async update(caller: AuthUser, id: string, dto: UpdateStandDto): Promise<StandView> {
    const stand = await this.owned(caller, id);
    if (dto.name !== undefined) stand.name = dto.name;
    if (dto.price) {
      stand.priceAmount = dto.price.amount;
      stand.priceCurrency = dto.price.currency;
    }
    if (dto.capacity !== undefined) {
      const [{ largest }] = await this.db.query<{ largest: number | string }[]>(
        'SELECT coalesce(max(quota), 0) AS largest FROM match_stand WHERE stand_id = $1',
        [id],
      );
      if (dto.capacity < Number(largest)) {
        throw catalogueError('capacity-below-quota', `A match sells up to ${largest} seats here.`);
      }
      stand.capacity = dto.capacity;
    }
    return standView(await this.saveOrConflict(stand));
  }

  /** Refused once seats were held or sold for it: tickets must keep pointing at a stand. */
  async remove(caller: AuthUser, id: string): Promise<void> {
    await this.owned(caller, id);
    await this.db.transaction(async (manager) => {
      // Delete what was never sold first: a row reserved meanwhile is re-checked under its lock and kept.
      await manager.query('DELETE FROM match_stand WHERE stand_id = $1 AND reserved = 0', [id]);
      const [{ sold }] = await manager.query<{ sold: boolean }[]>('SELECT EXISTS (SELECT 1 FROM match_stand WHERE stand_id = $1) AS sold', [id]);
      if (sold) throw catalogueError('stand-has-tickets', 'It cannot be deleted any more.', { title: 'Seats of this stand are sold' });
      await manager.delete(Stand, { id });
    });
  }

  async get(id: string): Promise<Stand> {
    const stand = await this.db.manager.findOneBy(Stand, { id });
    if (!stand) throw notFound('Stand');
    return stand;
  }

  private async owned(caller: AuthUser, id: string): Promise<Stand> {
    const stand = await this.get(id);
    assertManagesClub(caller, stand.clubId);
    return stand;
  }

  private async saveOrConflict(stand: Stand): Promise<Stand> {
    try {
      return await this.db.manager.save(stand);
    } catch (error) {
      if (uniqueViolation(error)) throw duplicate();
      throw error;
    }
  }
}
