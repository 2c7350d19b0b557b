import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One stand opened for one match: its price, its sale quota and how many seats are held or sold. */
@Entity('match_stand')
export class MatchStand {
  @PrimaryColumn('uuid')
  matchId: string;

  @PrimaryColumn('uuid')
  standId: string;

  @Column({ type: 'int' })
  priceAmount: number;

  @Column({ type: 'char', length: 3 })
  priceCurrency: string;

  @Column({ type: 'int' })
  quota: number;

  @Column({ type: 'int' })
  reserved: number;
}
