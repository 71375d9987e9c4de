/**
 * A work as the API hands it to the admin: the shared notice (libs/domain) plus what the API adds around it — who
 * decided the rights and when, a registrar's pending rights proposal, and the workflow's dates.
 */
import type { Licence, Rights, RightsAssessment, RightsStatus, Work, Workflow } from '@oc/domain';

/** The fields of a rights decision, as a rights manager records it or a registrar proposes it. */
export interface RightsDecisionInput {
  status: RightsStatus;
  licence: Licence;
  overrideReason?: string | null;
  creditLine?: string | null;
  usRationale?: string | null;
  photoLicenceConfirmed?: boolean;
}

export interface RightsProposal extends Required<RightsDecisionInput> {
  proposedBy: string;
  proposedByEmail: string;
  proposedAt: string;
}

export interface WorkRecord extends Omit<Work, 'rights' | 'workflow'> {
  creatorNames: string[];
  rights: Rights & { decidedBy: string | null; decidedByEmail: string | null; decidedAt: string | null };
  workflow: Workflow & { submittedAt: string | null; approvedAt: string | null };
  rightsProposal: RightsProposal | null;
  /** The image lists show, if the work has any. */
  primaryMediaId: string | null;
}

/** `GET /api/works/:id/rights-assessment`: the calculator's advice for today beside what is stored. */
export interface RightsAssessmentResponse {
  asOf: string;
  assessment: RightsAssessment;
  decision: WorkRecord['rights'];
  proposal: RightsProposal | null;
}
