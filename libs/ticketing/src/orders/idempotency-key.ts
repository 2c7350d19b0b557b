/** The `Idempotency-Key` header as accepted on POST /orders: 1 to 200 visible ASCII characters. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

export const isIdempotencyKey = (value: string): boolean => /^[\x21-\x7e]{1,200}$/.test(value);
