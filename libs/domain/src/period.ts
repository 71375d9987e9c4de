/**
 * A period of years in order: its end not before its start; an open end (null or undefined) is in order. One rule for
 * a notice's dating (the import's consistency check) and for the period a list is filtered on (dateFrom/dateTo of
 * the admin's list and of the public API).
 */
export function yearsInOrder(start: number | null | undefined, end: number | null | undefined): boolean {
  return start === null || start === undefined || end === null || end === undefined || end >= start;
}
