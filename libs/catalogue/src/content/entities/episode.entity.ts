import { Column, Entity } from 'typeorm';
import { ContentColumns } from './content-columns';

@Entity('episode')
export class Episode extends ContentColumns {
  @Column({ type: 'uuid' })
  seasonId: string;

  /** Unique among the season's episodes that are not archived. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  /** Null: the episode is not sold on its own. */
  @Column({ type: 'int', nullable: true })
  priceAmount: number | null;
}
