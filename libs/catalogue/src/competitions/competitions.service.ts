import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, uniqueViolation } from '@guichet/common';
import { DataSource } from 'typeorm';
import { Competition } from './competition.entity';
import { CreateCompetitionDto, UpdateCompetitionDto } from './competition.dto';
import { catalogueError } from '../catalogue.errors';

const duplicate = () => catalogueError('competition-exists');

@Injectable()
export class CompetitionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(): Promise<Competition[]> {
    return this.db.manager.find(Competition, { order: { name: 'ASC' } });
  }

  async get(id: string): Promise<Competition> {
    const competition = await this.db.manager.findOneBy(Competition, { id });
    if (!competition) throw notFound('Competition');
    return competition;
  }

  async create(dto: CreateCompetitionDto): Promise<Competition> {
    try {
      return await this.db.manager.save(this.db.manager.create(Competition, { name: dto.name, country: dto.country ?? null }));
    } catch (error) {
      if (uniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  async update(id: string, dto: UpdateCompetitionDto): Promise<Competition> {
    const competition = await this.get(id);
    try {
      return await this.db.manager.save(Object.assign(competition, dto));
    } catch (error) {
      if (uniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  /** A competition that matches refer to stays: removing it would rewrite their history. */
  async remove(id: string): Promise<void> {
    await this.get(id);
    const [{ used }] = await this.db.query<{ used: boolean }[]>('SELECT EXISTS (SELECT 1 FROM match WHERE competition_id = $1) AS used', [id]);
    if (used) throw catalogueError('competition-in-use', 'Rename it instead.');
    await this.db.manager.delete(Competition, { id });
  }
}
