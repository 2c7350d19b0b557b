import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { SESSION_URL, SessionService } from './session.service';

/** Login and refresh are authenticated by the cookie only; logout also needs the bearer token. */
const cookieOnly = (url: string) => url.startsWith(SESSION_URL) && !url.endsWith('/logout');

/** Adds the in-memory access token to API calls; a 401 gets one silent refresh and one retry. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/') || cookieOnly(request.url)) return next(request);
  const session = inject(SessionService);
  const withToken = (original: HttpRequest<unknown>) => {
    const token = session.token();
    return token ? original.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : original;
  };
  return next(withToken(request)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || !session.token()) return throwError(() => error);
      return from(session.refresh()).pipe(
        switchMap((ok) => {
          if (ok) return next(withToken(request));
          void session.expired();
          return throwError(() => error);
        }),
      );
    }),
  );
};
