import { DomainError } from '@guichet/common';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { rejectionOf } from './rejected-requests';

const fastifyError = (statusCode: number, message = 'x') => Object.assign(new Error(message), { statusCode });

describe('refusals before a page runs', () => {
  it('words size, type, character and parse refusals for people, in their language', () => {
    expect(rejectionOf(fastifyError(413), fr)).toEqual({ status: 413, detail: fr.errors.tooLarge });
    expect(rejectionOf(fastifyError(415), en)).toEqual({ status: 415, detail: en.errors.unsupported });
    expect(
      rejectionOf(new DomainError('bad-request', 400, 'Bad request', 'The body contains a NUL character or an invalid (lone surrogate) character.'), fr),
    ).toEqual({
      status: 400,
      detail: fr.errors.badCharacter,
    });
    expect(rejectionOf(fastifyError(400, 'Unexpected end of JSON input'), en)).toEqual({ status: 400, detail: en.errors.malformed });
  });

  it('leaves anything that is not the client’s fault to the server error page', () => {
    expect(rejectionOf(new Error('database down'), fr)).toBeUndefined();
    expect(rejectionOf(fastifyError(503), fr)).toBeUndefined();
  });
});
