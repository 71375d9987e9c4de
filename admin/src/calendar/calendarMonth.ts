/**
 * The arithmetic of a month view in the user's time zone: the weeks shown (Monday first, as in France, padded with
 * the neighbouring months' days), the instants that bound the month for the API's `publishFrom`/`publishTo`
 * filter, and works grouped by the local day they are published.
 */
export interface Month {
  year: number;
  /** 0 for January, as in Date. */
  month: number;
}

export function monthOf(date: Date): Month {
  return { year: date.getFullYear(), month: date.getMonth() };
}

export function addMonths({ year, month }: Month, count: number): Month {
  return monthOf(new Date(year, month + count, 1));
}

/** From the first instant of the month to the last, for the list filter. */
export function monthBounds({ year, month }: Month): { publishFrom: string; publishTo: string } {
  return {
    publishFrom: new Date(year, month, 1).toISOString(),
    publishTo: new Date(new Date(year, month + 1, 1).getTime() - 1).toISOString(),
  };
}

/** The days on screen, week by week, Monday to Sunday. */
export function monthWeeks({ year, month }: Month): Date[][] {
  const mondayOffset = (new Date(year, month, 1).getDay() + 6) % 7;
  const weeks: Date[][] = [];
  for (let start = 1 - mondayOffset; weeks.length === 0 || new Date(year, month, start).getMonth() === month; start += 7) {
    weeks.push(Array.from({ length: 7 }, (_, day) => new Date(year, month, start + day)));
  }
  return weeks;
}

/** A local day as `YYYY-MM-DD`, the key works are grouped by. */
export function dayKey(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function groupByDay<T>(items: readonly T[], instantOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const instant = instantOf(item);
    if (!instant) continue;
    const key = dayKey(new Date(instant));
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}
