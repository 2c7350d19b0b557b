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
}

export enum JobName {
  SendMail = 'send-mail',
  FulfilOrder = 'fulfil-order',
  CancelMatchOrders = 'cancel-match-orders',
  PaymentSucceeded = 'payment-succeeded',
  PaymentFailed = 'payment-failed',
  PaymentRefunded = 'payment-refunded',
  ExpireHolds = 'expire-holds',
  ReconcileOrders = 'reconcile-orders',
  SweepAbandonedUploads = 'sweep-abandoned-uploads',
}

export const JOBS_BY_QUEUE: Record<QueueName, readonly JobName[]> = {
  [QueueName.Mail]: [JobName.SendMail],
  [QueueName.Tickets]: [JobName.FulfilOrder, JobName.CancelMatchOrders],
  [QueueName.PaymentEvents]: [JobName.PaymentSucceeded, JobName.PaymentFailed, JobName.PaymentRefunded],
  [QueueName.Sweeps]: [JobName.ExpireHolds, JobName.ReconcileOrders],
  [QueueName.CatalogueSweeps]: [JobName.SweepAbandonedUploads],
};

/** What a payment event job carries; payments produces it without knowing who consumes it. */
export interface PaymentEventJob {
  paymentId: string;
  orderId: string;
}
