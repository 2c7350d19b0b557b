import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A refresh token is `<id>.<secret>`; only a hash of the secret is kept. */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  /** Every rotation of one login shares a family, so reuse of an old token revokes them all. */
  @Column('uuid')
  familyId: string;

  @Column({ type: 'bytea' })
  secretHash: Buffer;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
