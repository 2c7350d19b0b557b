import type { FieldError } from '@guichet/common';
import { accessError } from '../access.errors';
import type { ScanDto } from './dto/scan.dto';
import { MAX_CODE_LENGTH } from './dto/scan.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = new Set(['code', 'matchId', 'gateId']);

/**
 * ScanDto's rules checked by hand: the scan is the entrance's hot path, and class-transformer plus
 * class-validator cost more per request than the rest of the route. Same answers as the global pipe
 * (400 `validation`, one entry per field, unknown fields refused).
 */
export function parseScanBody(body: unknown): ScanDto {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid([{ field: '', message: 'must be an object' }]);
  const fields = body as Record<string, unknown>;
  const errors: FieldError[] = Object.keys(fields)
    .filter((name) => !FIELDS.has(name))
    .map((name) => ({ field: name, message: 'unknown field' }));
  const { code, matchId, gateId } = fields;
  if (code === undefined) errors.push({ field: 'code', message: 'code is required' });
  else if (typeof code !== 'string' || code.length < 1 || code.length > MAX_CODE_LENGTH) {
    errors.push({ field: 'code', message: `code must be a string of 1 to ${MAX_CODE_LENGTH} characters` });
  }
  for (const [name, value] of [
    ['matchId', matchId],
    ['gateId', gateId],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || !UUID.test(value))) errors.push({ field: name, message: `${name} must be a UUID` });
  }
  if (errors.length) throw invalid(errors);
  return fields as unknown as ScanDto;
}

const invalid = (errors: FieldError[]) => accessError('validation', 'Some fields are missing or invalid.', { errors });
