export type Language = 'fr' | 'en';

/** French first: English only when the buyer's Telegram speaks it. */
export const languageFrom = (languageCode: string | undefined): Language => (languageCode?.toLowerCase().startsWith('en') ? 'en' : 'fr');
