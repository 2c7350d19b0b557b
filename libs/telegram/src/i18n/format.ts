import type { Money } from '@guichet/common';

const group = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** `2 500 FCFA`, `15,00 €` (UI.md): the figures buyers check against their Mobile Money receipt. */
export function formatMoney(money: Money): string {
  if (money.currency === 'XAF') return `${group(money.amount)} FCFA`;
  const units = Math.floor(money.amount / 100);
  const cents = String(money.amount % 100).padStart(2, '0');
  if (money.currency === 'EUR') return `${group(units)},${cents} €`;
  return `${group(units)},${cents} ${money.currency}`;
}

export function formatDuration(minutes: number | null): string | null {
  if (!minutes) return null;
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours} h ${String(minutes % 60).padStart(2, '0')}` : `${minutes} min`;
}
