/** Form checks that mirror the domain's rules, so the registrar hears about a bad value before saving. */
import { isPartialDate, passwordProblems } from '@oc/domain';
import { regex } from 'react-admin';

export const partialDate = (value: unknown) => (value == null || isPartialDate(value) ? undefined : 'oc.validation.partialDate');

export const wikidataId = regex(/^Q\d+$/, 'oc.validation.wikidataId');

/** The API's password policy, checked before submitting; an empty value is left to `required()`. */
export const passwordPolicy = (value: unknown, user: { email?: string; displayName?: string }) =>
  typeof value === 'string' && value !== '' ? passwordProblems(value, user).join('; ') || undefined : undefined;
