import { HttpErrorResponse } from '@angular/common/http';
import { competitionProblem } from './competition-problem';

const problem = (status: number, body: object) => new HttpErrorResponse({ status, error: body });

describe('competition problems', () => {
  it('says a known conflict in the console language', () => {
    expect(competitionProblem(problem(409, { type: 'https://guichet.app/problems/competition-in-use', detail: 'Rename it instead.' }))).toBe('competitions.inUse');
    expect(competitionProblem(problem(409, { type: 'https://guichet.app/problems/competition-exists' }))).toBe('competitions.exists');
  });

  it('falls back to the API detail, then to the generic message', () => {
    expect(competitionProblem(problem(400, { type: 'https://guichet.app/problems/validation', detail: 'name is too short' }))).toBe('name is too short');
    expect(competitionProblem(new Error('boom'))).toBe('errors.generic');
  });
});
