/** Turns stored rows into the Work shape of DESIGN.md §8, warnings included. */
import type { PublicationEntity, WorkCreatorEntity, WorkDimensionEntity, WorkEntity, WorkInscriptionEntity } from '@oc/db';
import { dataQualityWarnings, type Work } from '@oc/domain';

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

export interface WorkChildren {
  creators: Array<WorkCreatorEntity & { displayName: string; birthDate: string | null; deathDate: string | null }>;
  dimensions: WorkDimensionEntity[];
  inscriptions: WorkInscriptionEntity[];
  publications: PublicationEntity[];
  hasImage: boolean;
  primaryMediaId: string | null;
  /** Who recorded the rights decision, readable by registrars (who cannot look users up). */
  decidedByEmail: string | null;
}

export function toWorkView(w: WorkEntity, children: WorkChildren): WorkView {
  const title = { fr: w.titleFr, en: w.titleEn, es: w.titleEs };
  const dating = { text: w.datingText, startYear: w.datingStartYear, endYear: w.datingEndYear };
  return {
    id: w.id,
    museumId: w.museumId,
    inventoryNumber: w.inventoryNumber,
    title,
    objectType: w.objectType,
    is2D: w.is2D,
    dating,
    creators: children.creators.map((c) => ({ personId: c.personId, role: c.role, order: c.position })),
    creatorNames: children.creators.map((c) => c.displayName),
    anonymous: w.anonymous,
    firstPublicationYear: w.firstPublicationYear,
    techniques: w.techniques,
    dimensions: children.dimensions.map((d) => ({ part: d.part, type: d.type, value: d.value, unit: d.unit })),
    inscriptions: children.inscriptions.map((i) => ({ type: i.type, text: i.text, script: i.script })),
    description: { fr: w.descriptionFr, en: w.descriptionEn, es: w.descriptionEs },
    provenance: w.provenance,
    keywords: w.keywords,
    rights: {
      status: w.rightsStatus,
      licence: w.licence,
      overrideReason: w.rightsOverrideReason,
      creditLine: w.creditLine,
      usRationale: w.usRationale,
      photoLicenceConfirmed: w.photoLicenceConfirmed,
      decidedBy: w.rightsDecidedBy,
      decidedByEmail: children.decidedByEmail,
      decidedAt: w.rightsDecidedAt?.toISOString() ?? null,
    },
    rightsProposal: w.rightsProposal,
    workflow: {
      state: w.workflowState,
      publishAt: w.publishAt?.toISOString() ?? null,
      submittedBy: w.submittedBy,
      approvedBy: w.approvedBy,
      submittedAt: w.submittedAt?.toISOString() ?? null,
      approvedAt: w.approvedAt?.toISOString() ?? null,
    },
    publications: children.publications.map((p) => ({
      target: p.target,
      state: p.state,
      externalRef: p.externalRef,
      externalUrl: p.externalUrl,
      attempts: p.attempts,
      lastError: p.lastError,
      pushedAt: p.pushedAt?.toISOString() ?? null,
    })),
    warnings: dataQualityWarnings({ title, dating, creators: children.creators, hasImage: children.hasImage }),
    primaryMediaId: children.primaryMediaId,
    version: w.version,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

/** The part of a work the audit trail compares: the notice itself, without derived or bookkeeping fields. */
export function auditedWork(view: WorkView): Record<string, unknown> {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, warnings: _w, creatorNames: _n, primaryMediaId: _p, publications: _pub, ...notice } = view;
  return notice;
}
