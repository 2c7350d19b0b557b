import { COMMON_ERRORS, errorsFrom } from '@guichet/common';

/** Ticketing's error codes (last segment of the problem type) with the status and title clients see. */
export const TICKETING_ERRORS = {
  validation: COMMON_ERRORS.validation,
  'not-found': COMMON_ERRORS['not-found'],
  'mixed-order': { status: 400, title: 'Seats and content are bought separately' },
  'too-many-seats': { status: 400, title: 'Too many seats' },
  'one-club-per-order': { status: 400, title: 'One club per order' },
  'duplicate-item': { status: 400, title: 'An item is listed twice' },
  'mixed-currencies': { status: 400, title: 'Items in different currencies' },
  'not-a-customer': { status: 400, title: 'Only customer accounts own content' },
  'range-too-long': { status: 400, title: 'Range too long' },
  'not-owned': { status: 403, title: 'You do not own this' },
  'link-refused': { status: 403, title: 'This download link is not valid' },
  'sold-out': { status: 409, title: 'Not enough seats left' },
  'not-on-sale': { status: 409, title: 'Not on sale' },
  'already-owned': { status: 409, title: 'You already own this' },
  'not-sold-alone': { status: 409, title: 'Not sold on its own' },
  'not-cancellable': { status: 409, title: 'This order can no longer be cancelled' },
  'not-payable': { status: 409, title: 'This order cannot be paid' },
  'payment-unavailable': { status: 503, title: 'Payment is unavailable' },
  overloaded: { status: 503, title: 'Too many buyers at once' },
} as const;

export type TicketingErrorCode = keyof typeof TICKETING_ERRORS;

export const ticketingError = errorsFrom(TICKETING_ERRORS);
