import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type Venue = 'home' | 'away';
export type MatchStatus = 'scheduled' | 'cancelled';

@Entity('match')
export class Match {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  clubId: string;

  @Column({ type: 'text' })
  opponent: string;

  @Column({ type: 'timestamptz' })
  kickoffAt: Date;

  @Column({ type: 'text' })
  venue: Venue;

  @Column({ type: 'uuid', nullable: true })
  competitionId: string | null;

  @Column({ type: 'text' })
  status: MatchStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
