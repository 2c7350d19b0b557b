import { DomainError } from '@guichet/common';
import { parseScanBody } from './scan-body';

const fieldsOf = (body: unknown) => {
  try {
    parseScanBody(body);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(400);
    return (error as DomainError).errors?.map((entry) => entry.field);
  }
  throw new Error('accepted');
};

describe('parseScanBody', () => {
  it('accepts a code with an optional match and gate', () => {
    const body = { code: 'v1.abc.def', matchId: '0b9f1c3e-0000-4000-8000-000000000001', gateId: '0B9F1C3E-0000-4000-8000-000000000002' };
    expect(parseScanBody(body)).toEqual(body);
    expect(parseScanBody({ code: 'x' })).toEqual({ code: 'x' });
  });

  it('refuses what the DTO refuses, naming each field', () => {
    expect(fieldsOf(null)).toEqual(['']);
    expect(fieldsOf([{ code: 'x' }])).toEqual(['']);
    expect(fieldsOf('code')).toEqual(['']);
    expect(fieldsOf({})).toEqual(['code']);
    expect(fieldsOf({ code: '' })).toEqual(['code']);
    expect(fieldsOf({ code: 'x'.repeat(513) })).toEqual(['code']);
    expect(fieldsOf({ code: 42 })).toEqual(['code']);
    expect(fieldsOf({ code: 'x', matchId: 'not-a-uuid', gateId: 7 })).toEqual(['matchId', 'gateId']);
    expect(fieldsOf({ code: 'x', extra: true })).toEqual(['extra']);
  });
});
