/** Form checks that mirror the domain's rules, so the registrar hears about a bad value before saving. */
import { isPartialDate, passwordProblems, yearsInOrder } from '@oc/domain';
import { regex } from 'react-admin';

export const partialDate = (value: unknown) => (value == null || isPartialDate(value) ? undefined : 'oc.validation.partialDate');

export const wikidataId = regex(/^Q\d+$/, 'oc.validation.wikidataId');

/** The API's password policy, checked before submitting; an empty value is left to `required()`. */
export const passwordPolicy = (value: unknown, user: { email?: string; displayName?: string }) =>
  typeof value === 'string' && value !== '' ? passwordProblems(value, user).join('; ') || undefined : undefined;

/**
 * The end of a period of years not before its start (the field at `startSource`, a dotted path), as the API checks
 * (`yearsInOrder`); either end missing passes. In a list's filters an invalid value is not applied.
 */
export const notBefore = (startSource: string) => (value: unknown, values: Record<string, unknown>) => {
  const start = startSource.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), values);
  return typeof value === 'number' && typeof start === 'number' && !yearsInOrder(start, value) ? { message: 'oc.validation.notBefore', args: { start } } : undefined;
};
