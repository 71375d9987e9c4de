/**
 * The rights form's values and checks. The form starts from the pending proposal when there is one (the rights
 * manager reviews it; the registrar amends it), else from the stored decision. CC0 needs the public domain (libs/domain);
 * a decision that departs from the calculator's status needs a written reason, which the audit keeps (RIGHTS.md).
 */
import { canSetLicence, type RightsAssessment } from '@oc/domain';
import type { RightsDecisionInput, WorkRecord } from '../works/workRecord';

export type RightsFormValues = { [Field in keyof RightsDecisionInput]: RightsDecisionInput[Field] | null };

export function rightsFormValues(work: Pick<WorkRecord, 'rights' | 'rightsProposal'>): { rights: RightsFormValues } {
  const { status, licence, overrideReason, creditLine, usRationale, photoLicenceConfirmed } = work.rightsProposal ?? work.rights;
  return { rights: { status, licence, overrideReason, creditLine, usRationale, photoLicenceConfirmed } };
}

export function toRightsPayload(values: RightsFormValues, version: number) {
  return { ...(values as RightsDecisionInput), photoLicenceConfirmed: values.photoLicenceConfirmed ?? false, version };
}

/** True when the decision's status is not the one the calculator found. */
export function departsFromAssessment(values: Pick<RightsFormValues, 'status'>, assessment: Pick<RightsAssessment, 'status'> | undefined): boolean {
  return !!assessment && !!values.status && values.status !== assessment.status;
}

/** Form-level errors keyed as the form's fields (`rights.licence`), as translation keys; they replace input-level checks. */
export function rightsFormErrors({ rights }: { rights: RightsFormValues }, assessment: RightsAssessment | undefined) {
  const errors: Partial<Record<keyof RightsFormValues, string>> = {};
  if (!rights.status) errors.status = 'ra.validation.required';
  if (!rights.licence) errors.licence = 'ra.validation.required';
  else if (!canSetLicence(rights.status ?? null, rights.licence)) errors.licence = 'oc.rights.cc0NeedsPublicDomain';
  if (departsFromAssessment(rights, assessment) && !rights.overrideReason?.trim()) errors.overrideReason = 'oc.rights.overrideReasonRequired';
  return Object.keys(errors).length ? { rights: errors } : {};
}
