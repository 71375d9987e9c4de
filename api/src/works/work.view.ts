/** The Work shape of DESIGN.md §8 as the admin API hands it out (`WorksRepository` builds it), and its audited part. */
import type { Work } from '@oc/domain';

export interface PublicationView {
  target: string;
  state: string;
  externalRef: string | null;
  externalUrl: string | null;
  attempts: number;
  lastError: string | null;
  pushedAt: string | null;
}

export type WorkView = Work & {
  creatorNames: string[];
  rights: Work['rights'] & { decidedBy: string | null; decidedByEmail: string | null; decidedAt: string | null };
  workflow: Work['workflow'] & { submittedAt: string | null; approvedAt: string | null };
  rightsProposal: Record<string, unknown> | null;
  publications: PublicationView[];
};

/** The part of a work the audit trail compares: the notice itself, without derived or bookkeeping fields. */
export function auditedWork(view: WorkView): Record<string, unknown> {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, warnings: _w, creatorNames: _n, primaryMediaId: _p, publications: _pub, ...notice } = view;
  return notice;
}
