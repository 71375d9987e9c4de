/**
 * The refusals the API names with a `code` beside its English `message`, so a client can say them in its user's
 * language (the admin does, in French and English): a stale version, a role without the permission, the four-eyes
 * rule of the approval workflow.
 */
export const REFUSAL_CODES = ['stale_version', 'role_forbidden', 'four_eyes'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export function isRefusalCode(value: unknown): value is RefusalCode {
  return (REFUSAL_CODES as readonly unknown[]).includes(value);
}
