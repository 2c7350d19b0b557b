import { Transform } from 'class-transformer';

/** Trims a string field before validation; any other value passes through for the validators to refuse. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A query-string boolean: 'true' and 'false' become booleans; anything else is left for IsBoolean to refuse. */
export const QueryBoolean = () => Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
