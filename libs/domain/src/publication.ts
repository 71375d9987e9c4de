/**
 * Where a work goes when it is published (DESIGN.md §4, §9): the portal whenever it is configured, Wikimedia Commons
 * only for Open Content works that Commons may host (public domain in France and in the US, or a recorded US
 * rationale) and only when Commons is configured. No target at all means publication completes at once.
 */
import type { Licence, RightsStatus } from './notice';
import { allowsOpenContent } from './open-content';

export const PUBLICATION_TARGETS = ['portal', 'commons'] as const;
export type PublicationTarget = (typeof PUBLICATION_TARGETS)[number];

/** Where a work stands with one target: waiting, being sent, there, failed (the error is kept), or taken down. */
export const PUBLICATION_STATES = ['pending', 'pushing', 'succeeded', 'failed', 'withdrawn'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export interface PublicationRights {
  status: RightsStatus | null;
  licence: Licence | null;
  usRationale: string | null;
}

export function publicationTargets(
  rights: PublicationRights,
  commonsEligible: boolean,
  configured: readonly PublicationTarget[],
): PublicationTarget[] {
  const commonsAllowed = allowsOpenContent(rights) && (commonsEligible || !!rights.usRationale?.trim());
  return PUBLICATION_TARGETS.filter((target) => configured.includes(target) && (target === 'portal' || commonsAllowed));
}
