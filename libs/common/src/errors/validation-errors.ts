import type { ValidationError } from 'class-validator';
import type { FieldError } from './domain-error';
import type { DomainError } from './domain-error';
import { commonError } from './error-codes';

/** Readable text for a failed constraint; class-validator's own words name internals for some of them. */
function readable(error: ValidationError, constraint: string, message: string): string {
  if (constraint === 'unknownValue') return 'must be an object';
  return message.replace(/^property (\S+) should not exist$/, 'unknown field');
}

/**
 * Flattens nested class-validator errors into `field.path: message` entries. A missing field gets one message,
 * not the whole list of rules an absent value also breaks ("must contain no more than 20 elements"...).
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const named = error.property !== undefined && error.property !== 'undefined';
    const field = !named ? parent : parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const missing = error.value === undefined && constraints.length > 0 && named;
    const own = missing
      ? [{ field, message: `${field} is required` }]
      : constraints.map(([constraint, message]) => ({ field, message: readable(error, constraint, message) }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationFailed(errors: ValidationError[]): DomainError {
  const fields = flattenValidationErrors(errors);
  return commonError('validation', 'Some fields are missing or invalid.', { errors: fields });
}
