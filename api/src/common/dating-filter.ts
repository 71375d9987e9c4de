/**
 * The dating filter, written once for the admin's list, its CSV export and the public API: the work's dating
 * overlaps the period from `from` to `to` (years, either end open when its placeholder is bound to null). Works
 * without any dating year match no period. Written as migration 1764806400000's index reads it.
 */
import { DATING_KNOWN, WORK_DATING_RANGE } from '@oc/db';

/** `from` and `to` are placeholders (`:dateFrom`, `$2`…) bound to a year or to null. */
export function worksDatingOverlap(from: string, to: string): string {
  return `(${DATING_KNOWN} AND ${WORK_DATING_RANGE} && int4range(${from}, ${to}, '[]'))`;
}
