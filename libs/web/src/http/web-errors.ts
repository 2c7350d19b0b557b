/** A page that cannot be shown: rendered as an HTML error page with this status (never JSON, never a stack). */
export class PageError extends Error {
  constructor(
    readonly status: number,
    readonly detail?: string,
  ) {
    super(detail ?? `HTTP ${status}`);
  }
}

export const pageNotFound = () => new PageError(404);
