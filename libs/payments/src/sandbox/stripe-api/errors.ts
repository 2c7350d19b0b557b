/** Stripe's v1 error body: `{ error: { type, message, param?, code?, doc_url? } }`. */
export interface StripeErrorBody {
  type: 'invalid_request_error' | 'idempotency_error';
  message: string;
  param?: string;
  code?: string;
  doc_url?: string;
}

/**
 * An error answered to the client. `stored` says whether an idempotency key keeps it:
 * Stripe saves a response only once the endpoint has started executing, so requests that
 * fail authentication or parameter validation can be retried with the same key.
 */
export class StripeApiError extends Error {
  readonly body: StripeErrorBody;

  constructor(
    readonly status: number,
    body: Omit<StripeErrorBody, 'type'> & { type?: StripeErrorBody['type'] },
    readonly stored = true,
  ) {
    super(body.message);
    const docUrl = body.code ? { doc_url: `https://stripe.com/docs/error-codes/${body.code.replace(/_/g, '-')}` } : {};
    this.body = { type: 'invalid_request_error', ...body, ...docUrl };
  }

  toJSON(): { error: StripeErrorBody } {
    return { error: this.body };
  }
}

/** A parameter failed validation: 400, not kept by the idempotency layer. */
export const invalidParam = (param: string, message: string, code?: string) => new StripeApiError(400, { message, param, code }, false);

export const missingParam = (param: string) => invalidParam(param, `Missing required param: ${param}.`, 'parameter_missing');

export const noSuch = (kind: string, id: string, param?: string) =>
  new StripeApiError(404, { message: `No such ${kind}: '${id}'`, param, code: 'resource_missing' });

/** The request is well formed but the object's state refuses it (400, kept by idempotency). */
export const refused = (message: string, code?: string, param?: string) => new StripeApiError(400, { message, code, param });
