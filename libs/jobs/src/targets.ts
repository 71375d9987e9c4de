/** Publication targets are on when configured (DESIGN.md §9): the portal with PORTAL_URL, Commons with COMMONS_API_URL. */
import type { PublicationTarget } from '@oc/domain';

export interface TargetSettings {
  PORTAL_URL?: string;
  COMMONS_API_URL?: string;
}

export function configuredTargets(settings: TargetSettings): PublicationTarget[] {
  return [settings.PORTAL_URL && ('portal' as const), settings.COMMONS_API_URL && ('commons' as const)].filter(
    (t): t is PublicationTarget => !!t,
  );
}
