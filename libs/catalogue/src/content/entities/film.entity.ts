import { Column, Entity } from 'typeorm';
import { ContentColumns } from './content-columns';

@Entity('film')
export class Film extends ContentColumns {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'int' })
  priceAmount: number;
}
