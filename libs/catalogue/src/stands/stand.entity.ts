import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('stand')
export class Stand {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  clubId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int' })
  priceAmount: number;

  @Column({ type: 'char', length: 3 })
  priceCurrency: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
