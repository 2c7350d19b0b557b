import { en } from './en';
import type { Messages } from './fr';
import { fr } from './fr';

export type Language = 'fr' | 'en';

export const LANGUAGE_COOKIE = 'guichet_lang';

const CATALOGUES: Record<Language, Messages> = { fr, en };

export const messagesFor = (language: Language): Messages => CATALOGUES[language];

/** The remembered choice first, then the browser's preference in order; French when nothing fits. */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Language {
  if (cookie === 'fr' || cookie === 'en') return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = wanted.find((entry) => entry.tag === 'fr' || entry.tag === 'en');
  return (first?.tag as Language | undefined) ?? 'fr';
}
