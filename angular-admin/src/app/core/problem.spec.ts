import { HttpErrorResponse } from '@angular/common/http';
import { fieldErrors, problemMessage } from './problem';

describe('problem messages', () => {
  it('shows the API problem detail, or says the network is down', () => {
    const conflict = new HttpErrorResponse({ status: 409, error: { title: 'Conflict', detail: 'It is succeeded.' } });
    expect(problemMessage(conflict)).toBe('It is succeeded.');
    expect(problemMessage(new HttpErrorResponse({ status: 0 }))).toBe('errors.network');
    expect(problemMessage(new Error('boom'))).toBe('errors.generic');
  });

  it('maps validation errors to their fields', () => {
    const invalid = new HttpErrorResponse({ status: 400, error: { errors: [{ field: 'name', message: 'name is required' }] } });
    expect(fieldErrors(invalid)).toEqual({ name: 'name is required' });
  });
});
