import type { Money } from '@guichet/common';
import type { Language } from './language';

const LOCALE: Record<Language, string> = { fr: 'fr-BE', en: 'en-GB' };
const MATCH_TIME_ZONE = 'Europe/Brussels';

/** `15,00 €`; `2 500 FCFA` (XAF has no minor unit). */
export function formatMoney(money: Money, language: Language): string {
  if (money.currency === 'XAF') {
    return `${new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(money.amount)} FCFA`;
  }
  return new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency: money.currency }).format(money.amount / 100);
}

/** `sam. 14 mars 2026, 15:00`, in Brussels time (where the matches are played). */
export function formatDateTime(iso: string | Date, language: Language): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(LOCALE[language], { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: MATCH_TIME_ZONE }).format(
    date,
  );
  return `${day}, ${formatTime(date, language)}`;
}

export function formatTime(iso: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit', timeZone: MATCH_TIME_ZONE }).format(new Date(iso));
}

/** `2026-03-14` in Brussels, for date inputs. */
export function isoDay(iso: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: MATCH_TIME_ZONE }).format(new Date(iso));
}

/** `fr` → `français` (or `French`); a value that is not a language code is shown as entered. */
export function formatLanguage(code: string, language: Language): string {
  try {
    const name = new Intl.DisplayNames([LOCALE[language]], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}
