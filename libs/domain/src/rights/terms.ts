/**
 * The terms of French copyright (CPI art. L123-1 to L123-10) as data, and the calendar arithmetic RIGHTS.md asks for:
 * a term runs in whole years from 1 January after its starting event, then any extension in days is added.
 */
import type { PartialDate } from '../partial-date';

/** A full calendar day (month 1–12). */
export type Day = Required<PartialDate>;

export interface Term {
  years: number;
  days: number;
}

/** L123-1 (and L123-2 from the last surviving co-author). */
export const BASE_TERM: Term = { years: 70, days: 0 };
/** L123-3 and L123-4: a work first published late gets 25 years from its publication. */
export const LATE_PUBLICATION_TERM: Term = { years: 25, days: 0 };
/** L123-3: an anonymous work published more than this many years after its creation gets only the late term. */
export const ANONYMOUS_LATE_AFTER_YEARS = 70;
/** The term before the 1997 law, which L123-10 extends for authors who died for France. */
export const PRE_1997_TERM: Term = { years: 50, days: 0 };

export interface Extension extends Term {
  article: 'L123-8' | 'L123-9' | 'L123-10';
}

/** L123-10: mort pour la France. */
export const DIED_FOR_FRANCE_EXTENSION: Extension = { article: 'L123-10', years: 30, days: 0 };

export interface WarExtension extends Extension {
  /** The last year of publication the extension covers. */
  publishedUpTo: number;
}

/**
 * L123-8 covers works published "before the end of 1920" (RIGHTS.md says "before 31 December 1920"); with a
 * publication known only by its year, a work of 1920 may be of 31 December itself, and the safe reading keeps it in.
 */
export const WAR_EXTENSIONS: readonly WarExtension[] = [
  { article: 'L123-8', publishedUpTo: 1920, years: 6, days: 152 },
  { article: 'L123-9', publishedUpTo: 1947, years: 8, days: 120 },
];

/** Works published before this year are covered by the war-time extensions the Cour de cassation held absorbed. */
export const WAR_EXTENSIONS_END_YEAR = 1948;
/** Commons' default US test: published before 1 January of (current year − 95). */
export const US_TERM_YEARS = 95;

export function sumTerms(terms: readonly Term[]): Term {
  return terms.reduce((sum, term) => ({ years: sum.years + term.years, days: sum.days + term.days }), { years: 0, days: 0 });
}

/** The first day in the public domain: the whole years from 1 January after `eventYear`, then the days. */
export function termEnd(eventYear: number, term: Term): Day {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as given; days past the year's end roll over, leap days counted.
  date.setUTCFullYear(eventYear + 1 + term.years, 0, 1 + term.days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function firstOfJanuary(year: number): Day {
  return { year, month: 1, day: 1 };
}

export function isoDay(day: Day): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function laterDay(a: Day, b: Day): Day {
  return compareDays(a, b) >= 0 ? a : b;
}
