import { ValidationError } from 'class-validator';
import { DomainError, FieldError } from './domain-error';

/** Flattens nested class-validator errors into `field.path: message` entries. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown field'),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function validationFailed(errors: ValidationError[]): DomainError {
  const fields = flattenValidationErrors(errors);
  return new DomainError('validation', 400, 'Invalid request', 'Some fields are missing or invalid.', fields);
}
