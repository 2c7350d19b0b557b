import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Language } from '../i18n/language';
import { ConversationState } from './conversation-state';

/** Someone who talks to the bot; their private chat, language, subscription and where they are in a purchase. */
@Entity('telegram_account')
export class TelegramAccount {
  /** Telegram ids exceed 2^31; bigint comes back as a string. */
  @PrimaryColumn({ type: 'bigint' })
  telegramUserId: string;

  @Column({ type: 'bigint' })
  chatId: string;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text', nullable: true })
  username: string | null;

  @Column({ type: 'text' })
  language: Language;

  /** The Guichet user this Telegram account acts as (created by the bot, or linked with a code). */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The bot created the Guichet account: its credentials are sent once, on the first approved payment. */
  @Column({ type: 'boolean' })
  accountCreated: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  credentialsSentAt: Date | null;

  @Column({ type: 'boolean' })
  subscribed: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  blockedAt: Date | null;

  /** Sent `/stop`: nothing unasked until they turn the notifications back on. */
  @Column({ type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;

  @Column({ type: 'jsonb' })
  state: ConversationState;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
