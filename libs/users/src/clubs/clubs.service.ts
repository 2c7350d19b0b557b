import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, Page, PageQuery, pageOf, uniqueViolation } from '@guichet/common';
import { DataSource, EntityManager } from 'typeorm';
import { Club } from './club.entity';
import { ClubListQuery } from './club-list.query';
import { usersError } from '../users.errors';

@Injectable()
export class ClubsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A club name is taken once, whatever its case: joining an existing club needs an invitation. */
  async create(name: string, country: string, manager: EntityManager = this.db.manager): Promise<Club> {
    try {
      return await manager.save(manager.create(Club, { name, country }));
    } catch (error) {
      if (uniqueViolation(error) === 'club_name_unique') {
        throw usersError('club-exists', 'Ask one of its organizers for an invitation to join it.');
      }
      throw error;
    }
  }

  async get(id: string): Promise<Club> {
    const club = await this.db.manager.findOneBy(Club, { id });
    if (!club) throw notFound('Club');
    return club;
  }

  /** Names of these clubs by id; unknown ids are left out. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM club WHERE id = ANY($1::uuid[])`, [unique]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Ids of the clubs whose name contains this text, whatever its case (the match search). */
  async idsNamed(text: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM club WHERE name ILIKE $1`, [`%${text.replace(/[%_\\]/g, '\\$&')}%`]);
    return rows.map((row) => row.id);
  }

  async list(query: ClubListQuery & PageQuery): Promise<Page<Club>> {
    const builder = this.db.manager.createQueryBuilder(Club, 'club').orderBy('club.name', 'ASC');
    if (query.q) builder.where('club.name ILIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    if (query.country) builder.andWhere('club.country = :country', { country: query.country });
    const [items, total] = await builder.skip(query.offset).take(query.pageSize).getManyAndCount();
    return pageOf(items, total, query);
  }
}
