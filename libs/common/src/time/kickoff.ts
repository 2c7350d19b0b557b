/** Matches are played in Brussels: their times are shown there, whatever the reader's clock says. */
export const MATCH_TIME_ZONE = 'Europe/Brussels';

const LOCALE = { fr: 'fr-BE', en: 'en-GB' } as const;

/** `15:00` in Brussels time. */
export function formatMatchTime(iso: string | Date, language: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit', timeZone: MATCH_TIME_ZONE }).format(new Date(iso));
}

/**
 * `sam. 14 mars 2026, 15:00` (fr-BE) or `Sat, 14 March 2026, 15:00` (en-GB), in Brussels time (UI.md). Day and
 * time are formatted apart: formatted together, ICU joins them with « à » / "at".
 */
export function formatKickoff(iso: string | Date, language: 'fr' | 'en'): string {
  const day = new Intl.DateTimeFormat(LOCALE[language], { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: MATCH_TIME_ZONE });
  return `${day.format(new Date(iso))}, ${formatMatchTime(iso, language)}`;
}
