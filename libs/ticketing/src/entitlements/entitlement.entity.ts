import { ContentType } from '@guichet/catalogue';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('entitlement')
export class Entitlement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  customerId: string;

  @Column({ type: 'text' })
  contentType: ContentType;

  @Column('uuid')
  contentId: string;

  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @Column({ type: 'uuid', nullable: true })
  grantedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
