/** Every queue and job of the platform; a job name belongs to exactly one queue. */
export enum QueueName {
  Mail = 'mail',
  /** Ticketing: fulfil paid orders (tickets or library access), void tickets of cancelled matches. */
  Tickets = 'tickets',
  /** Payment outcomes, produced by payments, applied by ticketing. */
  PaymentEvents = 'payment-events',
  /** Repeating sweeps: lapsed holds, paid-but-unfulfilled orders. */
  Sweeps = 'sweeps',
  /** Repeating sweeps of the catalogue: resumable uploads nobody finished. */
  CatalogueSweeps = 'catalogue-sweeps',
  /** Mobile Money proofs received and reviews decided, produced by payments (the bot tells admins and buyers). */
  PaymentReviewEvents = 'payment-review-events',
  /** Orders delivered (tickets issued, library access granted), produced by ticketing. */
  OrderEvents = 'order-events',
  /** New films, series, seasons, episodes and matches, produced by the catalogue. */
  ContentEvents = 'content-events',
  /** Telegram messages sent one by one under Telegram's rate limits (announcements). */
  TelegramDeliveries = 'telegram-deliveries',
}

export enum JobName {
  SendMail = 'send-mail',
  FulfilOrder = 'fulfil-order',
  CancelMatchOrders = 'cancel-match-orders',
  MatchChanged = 'match-changed',
  PaymentSucceeded = 'payment-succeeded',
  PaymentFailed = 'payment-failed',
  PaymentRefunded = 'payment-refunded',
  ExpireHolds = 'expire-holds',
  ReconcileOrders = 'reconcile-orders',
  SweepAbandonedUploads = 'sweep-abandoned-uploads',
  ProofReceived = 'proof-received',
  PaymentReviewed = 'payment-reviewed',
  OrderFulfilled = 'order-fulfilled',
  ContentPublished = 'content-published',
  MatchPublished = 'match-published',
  MatchMoved = 'match-moved',
  SendAnnouncement = 'send-announcement',
  RelayMessage = 'relay-message',
}

export const JOBS_BY_QUEUE: Record<QueueName, readonly JobName[]> = {
  [QueueName.Mail]: [JobName.SendMail],
  [QueueName.Tickets]: [JobName.FulfilOrder, JobName.CancelMatchOrders, JobName.MatchChanged],
  [QueueName.PaymentEvents]: [JobName.PaymentSucceeded, JobName.PaymentFailed, JobName.PaymentRefunded],
  [QueueName.Sweeps]: [JobName.ExpireHolds, JobName.ReconcileOrders],
  [QueueName.CatalogueSweeps]: [JobName.SweepAbandonedUploads],
  [QueueName.PaymentReviewEvents]: [JobName.ProofReceived, JobName.PaymentReviewed],
  [QueueName.OrderEvents]: [JobName.OrderFulfilled],
  [QueueName.ContentEvents]: [JobName.ContentPublished, JobName.MatchPublished, JobName.MatchMoved],
  [QueueName.TelegramDeliveries]: [JobName.SendAnnouncement, JobName.RelayMessage],
};

/** What a payment event job carries; payments produces it without knowing who consumes it. */
export interface PaymentEventJob {
  paymentId: string;
  orderId: string;
}

/** A payment was decided by an admin (console or Telegram). */
export interface PaymentReviewedJob extends PaymentEventJob {
  decision: 'approved' | 'rejected';
}

/** An order was delivered: its tickets exist or its content is in the library. */
export interface OrderFulfilledJob {
  orderId: string;
  customerId: string;
  kind: 'seats' | 'content';
}

/** A film, series, season or episode was added to the catalogue. */
export interface ContentPublishedJob {
  type: 'film' | 'series' | 'season' | 'episode';
  id: string;
}

/**
 * A match's kickoff, venue or opponent changed: its order lines are rewritten, and when the kickoff or venue
 * moved its ticket holders are told; `was` is the kickoff and venue before the edit.
 */
export interface MatchChangedJob {
  matchId: string;
  was: { kickoffAt: string; venue: 'home' | 'away' };
  /** Decided by the edit itself: a run of the job after later edits must not turn a rename into a move. */
  moved: boolean;
}

/** The same change told in Telegram to the followers of the match's club and its linked ticket holders; `change` names the edit (one message per chat and edit). */
export interface MatchMovedJob extends MatchChangedJob {
  clubId: string;
  change: string;
}

/** A match was scheduled: followers of its club hear of it. */
export interface MatchPublishedJob {
  matchId: string;
  clubId: string;
}
