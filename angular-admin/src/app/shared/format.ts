import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Money } from '../core/api/models';

/** The console's languages as the locales its dates and numbers are written in. */
export const localeOf = (lang: string) => (lang === 'en' ? 'en-GB' : 'fr-BE');

/** `15,00 €`, `2 500 FCFA`: each currency with its own decimals, never summed with another. */
export function formatMoney(money: Money, lang = 'fr'): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: money.currency }).format(
    money.amount / 10 ** currencyDecimals(money.currency),
  );
}

export function currencyDecimals(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `sam. 14 mars 2026, 15:00`, in Brussels time (matches are played there). */
export function formatDateTime(iso: string, lang = 'fr'): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
}

/** `3 nov.` / `3 Nov` for a calendar day `YYYY-MM-DD` (a chart axis): the day as written, no time zone shift. */
export function formatDay(day: string, lang = 'fr'): string {
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

const BYTE_UNITS: Record<string, string[]> = { fr: ['octets', 'Ko', 'Mo', 'Go', 'To'], en: ['bytes', 'KB', 'MB', 'GB', 'TB'] };

/** `1,2 Mo` / `1.2 MB`: binary multiples (as the upload limits are counted), one decimal past a kilobyte. */
export function formatBytes(bytes: number, lang = 'fr'): string {
  const units = BYTE_UNITS[lang === 'en' ? 'en' : 'fr'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}

@Pipe({ name: 'bytes', pure: false })
export class BytesPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  transform(bytes: number | null | undefined): string {
    return bytes === null || bytes === undefined ? '—' : formatBytes(bytes, this.transloco.getActiveLang());
  }
}

@Pipe({ name: 'money', pure: false })
export class MoneyPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  transform(money: Money | null | undefined): string {
    return money ? formatMoney(money, this.transloco.getActiveLang()) : '—';
  }
}

@Pipe({ name: 'when', pure: false })
export class WhenPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  transform(iso: string | null | undefined): string {
    return iso ? formatDateTime(iso, this.transloco.getActiveLang()) : '—';
  }
}
