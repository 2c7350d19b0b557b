import { MATCH_TIME_ZONE, type Money } from '@guichet/common';
import type { Language } from './language';

const LOCALE: Record<Language, string> = { fr: 'fr-BE', en: 'en-GB' };

/** `15,00 €`; `2 500 FCFA` (XAF has no minor unit). */
export function formatMoney(money: Money, language: Language): string {
  if (money.currency === 'XAF') {
    return `${new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(money.amount)} FCFA`;
  }
  return new Intl.NumberFormat(LOCALE[language], { style: 'currency', currency: money.currency }).format(money.amount / 100);
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
