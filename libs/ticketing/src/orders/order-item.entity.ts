import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ItemKind = 'seat' | 'content';
export type ContentType = 'film' | 'series' | 'season' | 'episode';

@Entity('order_item')
export class OrderItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  orderId: string;

  @Column({ type: 'text' })
  kind: ItemKind;

  @Column({ type: 'uuid', nullable: true })
  matchId: string | null;

  @Column({ type: 'uuid', nullable: true })
  standId: string | null;

  @Column({ type: 'text', nullable: true })
  contentType: ContentType | null;

  @Column({ type: 'uuid', nullable: true })
  contentId: string | null;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int' })
  unitAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** What the buyer sees: "Tribune Nord — RFC Liège vs FC Uccle, 5 Dec 15:00". */
  @Column({ type: 'text' })
  label: string;
}
