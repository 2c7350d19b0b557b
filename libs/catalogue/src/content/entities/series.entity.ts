import { Column, Entity } from 'typeorm';
import { ContentColumns } from './content-columns';

@Entity('series')
export class Series extends ContentColumns {
  @Column({ type: 'text' })
  title: string;

  /** The price of the whole series. */
  @Column({ type: 'int' })
  priceAmount: number;
}
