import { Column, Entity } from 'typeorm';
import { ContentColumns } from './content-columns';

@Entity('season')
export class Season extends ContentColumns {
  @Column({ type: 'uuid' })
  seriesId: string;

  /** Unique among the series' seasons that are not archived. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** Null: the season is not sold on its own. */
  @Column({ type: 'int', nullable: true })
  priceAmount: number | null;
}
