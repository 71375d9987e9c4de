/**
 * Partial dates ("1926", "1926-12", "1926-12-05") as museums record them: a year, optionally a month and a day.
 * Comparisons take the earliest or latest day the partial date may stand for, so a check never guesses.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month as number))) return null;
  return { year, month, day };
}

export function isPartialDate(text: unknown): text is string {
  return typeof text === 'string' && parsePartialDate(text) !== null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
