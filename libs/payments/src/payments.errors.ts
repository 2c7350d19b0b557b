import { COMMON_ERRORS, errorsFrom } from '@guichet/common';

/** Payments' error codes (last segment of the problem type) with the status and title clients see. */
export const PAYMENTS_ERRORS = {
  validation: COMMON_ERRORS.validation,
  'payload-too-large': COMMON_ERRORS['payload-too-large'],
  'too-many-rows': { status: 400, title: 'Too many transactions to export' },
  'bad-signature': { status: 400, title: 'Invalid Stripe signature' },
  'malformed-event': { status: 400, title: 'Malformed Stripe event' },
  'already-reviewed': { status: 409, title: 'This payment is not awaiting review' },
  'proof-not-expected': { status: 409, title: 'No proof is expected for this payment' },
  'not-refundable': { status: 409, title: 'This payment cannot be refunded' },
  'club-cannot-sell': { status: 409, title: 'This club cannot take payments yet' },
  'proof-quota': { status: 413, title: 'Too many proofs waiting' },
  'unsupported-image': { status: 415, title: 'Not an image' },
  'mobile-money-unavailable': { status: 503, title: 'Mobile Money is not configured' },
  'card-payments-unavailable': { status: 503, title: 'Card payments are not configured' },
  'webhooks-unavailable': { status: 503, title: 'Webhooks are not configured' },
} as const;

export type PaymentsErrorCode = keyof typeof PAYMENTS_ERRORS;

export const paymentsError = errorsFrom(PAYMENTS_ERRORS);
