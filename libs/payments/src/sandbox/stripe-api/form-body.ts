import { invalidParam, missingParam } from './errors';

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}
type Container = FormObject | FormValue[];

const isIndex = (segment: string) => segment === '' || /^\d+$/.test(segment);

/**
 * Parses Stripe's form encoding with bracket notation into nested objects and arrays:
 * `line_items[0][price_data][unit_amount]=1500`, `metadata[orderId]=42`, `expand[]=x`.
 * Numeric and empty segments make arrays; values stay strings, as on the wire.
 */
export function parseForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!match) throw invalidParam(key, `Invalid parameter name: ${key}`);
    const path = [match[1], ...Array.from(match[2].matchAll(/\[([^[\]]*)\]/g), (m) => m[1])];
    if (path.includes('__proto__')) throw invalidParam(key, `Invalid parameter name: ${key}`);
    assign(root, path, value, key);
  }
  return root;
}

function assign(container: Container, path: string[], value: string, key: string): void {
  const [head, ...rest] = path;
  if (Array.isArray(container) !== isIndex(head)) throw invalidParam(key, `Invalid ${Array.isArray(container) ? 'array' : 'hash'}`);
  const slot = Array.isArray(container) && head === '' ? String(container.length) : head;
  const read = (): FormValue | undefined => (Array.isArray(container) ? container[Number(slot)] : container[slot]);
  const write = (v: FormValue) => (Array.isArray(container) ? (container[Number(slot)] = v) : (container[slot] = v));
  if (rest.length === 0) {
    write(value);
    return;
  }
  let next = read();
  if (next === undefined) {
    next = isIndex(rest[0]) ? [] : {};
    write(next);
  }
  if (typeof next === 'string') throw invalidParam(key, 'Invalid hash');
  assign(next, rest, value, key);
}

/** Typed reads from a parsed form, with Stripe's errors naming the full parameter. */
export class Params {
  constructor(
    readonly raw: FormObject,
    private readonly prefix = '',
  ) {}

  /** The full parameter name Stripe reports in errors, e.g. `line_items[0][quantity]`. */
  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  string(key: string): string | undefined {
    const value = this.raw[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw invalidParam(this.name(key), 'Invalid string');
    return value;
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (value === undefined) throw missingParam(this.name(key));
    return value;
  }

  int(key: string): number | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value)) throw invalidParam(this.name(key), `Invalid integer: ${value}`, 'parameter_invalid_integer');
    return Number(value);
  }

  requiredInt(key: string): number {
    const value = this.int(key);
    if (value === undefined) throw missingParam(this.name(key));
    return value;
  }

  bool(key: string): boolean | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw invalidParam(this.name(key), `Invalid boolean: ${value}`);
    return value === 'true';
  }

  /** A nested hash; a list sent where a hash is expected keeps its indexes as keys (`metadata[0]`). */
  object(key: string): Params | undefined {
    const value = this.raw[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'string') throw invalidParam(this.name(key), 'Invalid hash');
    return new Params(Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : value, this.name(key));
  }

  requiredObject(key: string): Params {
    const value = this.object(key);
    if (!value) throw missingParam(this.name(key));
    return value;
  }

  /** A list of hashes, such as `line_items`. */
  list(key: string): Params[] {
    const value = this.raw[key];
    if (value === undefined || value === '') return [];
    if (!Array.isArray(value)) throw invalidParam(this.name(key), 'Invalid array');
    return value.map((item, i) => {
      if (typeof item === 'string' || Array.isArray(item)) throw invalidParam(`${this.name(key)}[${i}]`, 'Invalid hash');
      return new Params(item, `${this.name(key)}[${i}]`);
    });
  }

  strings(key: string): string[] {
    const value = this.raw[key];
    if (value === undefined || value === '') return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalidParam(this.name(key), 'Invalid array');
    return value.filter((v): v is string => typeof v === 'string');
  }

  /** Stripe's metadata: string values only; an empty value unsets the key. */
  metadata(key = 'metadata'): Record<string, string> {
    const hash = this.object(key);
    const out: Record<string, string> = {};
    for (const name of Object.keys(hash?.raw ?? {})) {
      const value = hash?.string(name);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
}
