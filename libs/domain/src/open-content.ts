/**
 * What the rights allow to leave the building (DESIGN.md §4–§6): only a work recorded as public domain with the
 * CC0 licence gets HD images, tiles and the download package; every other work gets low definition only.
 */
import type { Licence, RightsStatus } from './notice';

export function allowsOpenContent(rights: { status: RightsStatus | null; licence: Licence | null }): boolean {
  return rights.licence === 'CC0' && rights.status === 'public_domain';
}
