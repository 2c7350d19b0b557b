/**
 * Where a conversation stands, kept in Postgres (telegram_account.state) so that a restarted bot carries on.
 * Only steps that wait for typed input or a photo need it; buttons carry their own data.
 */
export type ConversationState =
  | { step?: undefined }
  | { step: 'awaiting-proof'; orderId: string; reference: string }
  | { step: 'reject-reason'; paymentId: string; promptMessageId?: number }
  | { step: 'seat-stand'; matchId: string }
  | { step: 'seat-quantity'; matchId: string; standId: string }
  | { step: 'talk-to-admin' };
