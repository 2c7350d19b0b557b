import { HttpErrorResponse } from '@angular/common/http';
import { fieldErrors, problemMessage } from './problem';

describe('problem messages', () => {
  it('shows the API problem detail, or says the network is down', () => {
    const conflict = new HttpErrorResponse({ status: 409, error: { title: 'Conflict', detail: 'It is succeeded.' } });
    expect(problemMessage(conflict)).toBe('It is succeeded.');
    expect(problemMessage(new HttpErrorResponse({ status: 0 }))).toBe('errors.network');
    expect(problemMessage(new Error('boom'))).toBe('errors.generic');
  });

  it('words everyday refusals in the console’s language, by the problem type', () => {
    const lowered = new HttpErrorResponse({
      status: 409,
      error: { type: 'https://guichet.app/problems/quota-below-sold', title: 'Quota below seats already sold', detail: 'More seats are already held…' },
    });
    expect(problemMessage(lowered)).toBe('errors.problems.quota-below-sold');
    const other = new HttpErrorResponse({ status: 409, error: { type: 'https://guichet.app/problems/upload-busy', detail: 'Upload in progress.' } });
    expect(problemMessage(other)).toBe('Upload in progress.');
  });

  it('maps validation errors to their fields', () => {
    const invalid = new HttpErrorResponse({ status: 400, error: { errors: [{ field: 'name', message: 'name is required' }] } });
    expect(fieldErrors(invalid)).toEqual({ name: 'name is required' });
  });
});
