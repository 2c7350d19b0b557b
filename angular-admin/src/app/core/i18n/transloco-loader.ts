import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';

/** Each language is its own lazy chunk: the console downloads only the one in use. */
@Injectable({ providedIn: 'root' })
export class ConsoleTranslationLoader implements TranslocoLoader {
  getTranslation(lang: string): Promise<Translation> {
    return lang === 'en' ? import('./en').then((m) => m.EN) : import('./fr').then((m) => m.FR);
  }
}

export const LANGUAGES = ['fr', 'en'] as const;
export const LANGUAGE_KEY = 'guichet.console.lang';

/** The language chosen last time (a preference, not a secret: localStorage is fine for it). */
export function savedLanguage(): 'fr' | 'en' {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}
