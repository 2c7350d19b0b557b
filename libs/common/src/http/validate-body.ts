import type { Type } from '@nestjs/common';
import { validationPipe } from './validation.pipe';

const pipe = validationPipe();

/**
 * The global pipe's check of a body, for a route that reads its body as `unknown` to recognise the usual
 * case by hand first: the refusal (400 `validation`, one entry per field) is worded as on every other route.
 */
export async function validateBody<T extends object>(metatype: Type<T>, body: unknown): Promise<T> {
  return (await pipe.transform(body, { type: 'body', metatype, data: undefined })) as T;
}
