/**
 * Dates written out in the user's language: a calendar day (`YYYY-MM-DD`, no time and no zone, as the rights
 * calculator gives it: "1 janvier 1997") and an instant (ISO 8601, shown in the browser's time zone).
 */
import { useLocaleState } from 'react-admin';

export function useDateFormats() {
  const [locale] = useLocaleState();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  return {
    formatDay: (isoDay: string) => day.format(new Date(`${isoDay}T00:00:00Z`)),
    formatInstant: (iso: string) => instant.format(new Date(iso)),
  };
}
