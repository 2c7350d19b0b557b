import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Money } from '../core/api/models';

const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'fr-BE');

/** `15,00 €`, `2 500 FCFA`: each currency with its own decimals, never summed with another. */
export function formatMoney(money: Money, lang = 'fr'): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: money.currency }).format(
    money.amount / 10 ** currencyDecimals(money.currency),
  );
}

export function currencyDecimals(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** `sam. 14 mars 2026, 15:00`, in Brussels time (matches are played there). */
export function formatDateTime(iso: string, lang = 'fr'): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
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
