/**
 * Images of a work (DESIGN.md §6): their processing states, the derivative kinds, and which kinds a work's rights
 * let out. HD and tiles exist only for Open Content works; everything else gets thumbnails, web and low definition.
 */
import type { Licence, RightsStatus } from './notice';
import { allowsOpenContent } from './open-content';
import type { MediaStatus } from './workflow/workflow';

export const MEDIA_STATUSES: readonly MediaStatus[] = ['pending', 'processing', 'ready', 'failed'];

/** The longest caption and photographer credit an image may carry: the API validates them, the admin's form too. */
export const MEDIA_TEXT_LIMITS = { caption: 2000, photographerCredit: 500 } as const;

export const DERIVATIVE_KINDS = ['thumb', 'web', 'web_webp', 'lowdef', 'hd', 'tiles'] as const;
export type DerivativeKind = (typeof DERIVATIVE_KINDS)[number];

/** The kinds only an Open Content (CC0) work may have: rendered, stored and served for no other work. */
export const OPEN_CONTENT_KINDS: readonly DerivativeKind[] = ['hd', 'tiles'];

export function isDerivativeKind(value: unknown): value is DerivativeKind {
  return typeof value === 'string' && (DERIVATIVE_KINDS as readonly string[]).includes(value);
}

export function derivativeAllowed(kind: DerivativeKind, rights: { status: RightsStatus | null; licence: Licence | null }): boolean {
  return !OPEN_CONTENT_KINDS.includes(kind) || allowsOpenContent(rights);
}

/** The kinds to render for a work with these rights, in the order they are produced. */
export function derivativesFor(rights: { status: RightsStatus | null; licence: Licence | null }): DerivativeKind[] {
  return DERIVATIVE_KINDS.filter((kind) => derivativeAllowed(kind, rights));
}
