import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '@guichet/users';
import type { Messages } from '../i18n/fr';
import type { Language } from '../i18n/language';
import type { SafeHtml } from './html';

/** Everything a page handler and its view need about the request. */
export interface PageContext {
  request: FastifyRequest;
  reply: FastifyReply;
  lang: Language;
  t: Messages;
  user?: User;
  sessionId?: string;
  /** The CSRF token to render into forms (also set in the `guichet_csrf` cookie). */
  csrf: string;
  /** Path and query of this request, for "come back here after login" and the language switch. */
  here: string;
  /** The client address Fastify resolved (TRUST_PROXY decides whom to believe). */
  ip: string;
}

export interface HtmlPage {
  status?: number;
  body: SafeHtml;
}

export interface Redirect {
  redirect: string;
}

export type PageResult = HtmlPage | Redirect;

export const redirect = (location: string): Redirect => ({ redirect: location });

export const isRedirect = (result: PageResult): result is Redirect => 'redirect' in result;

/** Only paths of this site: `//evil.example` and absolute URLs are refused (no open redirect). */
export function localPath(candidate: unknown, fallback = '/'): string {
  return typeof candidate === 'string' && /^\/(?![/\\])/.test(candidate) && candidate.length < 500 ? candidate : fallback;
}

/** Longer than any field our forms ask for (an e-mail is at most 254): enough to say "too long", never echoed in full. */
const FIELD_MAX = 500;

/**
 * A form field or query value as a string (first one if repeated), trimmed unless `raw` (passwords, kept whole
 * so that a long one is judged by the password rules). Other values are cut at FIELD_MAX: a page never echoes
 * kilobytes back, and the length checks still refuse them.
 */
export function field(source: unknown, name: string, raw = false): string {
  const value = (source as Record<string, unknown> | undefined)?.[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return '';
  return raw ? first : first.trim().slice(0, FIELD_MAX);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
