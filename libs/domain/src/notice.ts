/** The shape of a work notice as every part of the system exchanges it (DESIGN.md §8), and its limits. */
import type { Role } from './roles';

export const LANGUAGES = ['fr', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Multilingual = Partial<Record<Language, string | null>>;

export const RIGHTS_STATUSES = ['public_domain', 'in_copyright', 'unknown'] as const;
export type RightsStatus = (typeof RIGHTS_STATUSES)[number];
export const LICENCES = ['CC0', 'all_rights_reserved'] as const;
export type Licence = (typeof LICENCES)[number];

export const WORKFLOW_STATES = ['draft', 'in_review', 'approved', 'scheduled', 'publishing', 'published', 'withdrawn'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const CREATOR_ROLES = ['auteur', 'attribué à', 'atelier de', "d'après", 'photographe', 'éditeur', 'graveur', 'fondeur'] as const;
export const OBJECT_TYPES = ['peinture', 'dessin', 'estampe', 'photographie', 'sculpture', 'objet d’art', 'costume', 'manuscrit', 'médaille', 'mobilier', 'autre'] as const;
export const DIMENSION_UNITS = ['mm', 'cm', 'm', 'g', 'kg'] as const;

export const LIMITS = {
  title: 500,
  inventoryNumber: 100,
  description: 20000,
  shortText: 500,
  keywords: 100,
  creators: 50,
  dimensions: 50,
  inscriptions: 50,
} as const;

export interface WorkCreator {
  personId: string;
  role: string;
  order: number;
}

export interface Dimension {
  part?: string | null;
  type: string;
  value: number;
  unit: string;
}

export interface Inscription {
  type: string;
  text: string;
  script?: string | null;
}

export interface Dating {
  text?: string | null;
  startYear?: number | null;
  endYear?: number | null;
}

export interface Rights {
  status: RightsStatus | null;
  licence: Licence | null;
  overrideReason: string | null;
  creditLine: string | null;
  usRationale: string | null;
  photoLicenceConfirmed: boolean;
}

export interface Workflow {
  state: WorkflowState;
  publishAt: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
}

export interface Person {
  id: string;
  displayName: string;
  sortName: string;
  birthDate: string | null;
  deathDate: string | null;
  birthPlace: string | null;
  deathPlace: string | null;
  diedForFrance: boolean;
  wikidataId: string | null;
  commonsCreator: string | null;
}

export interface Museum {
  id: string;
  code: string;
  name: Multilingual;
  commonsInstitution: string | null;
  portalId: string | null;
}

export interface Work {
  id: string;
  museumId: string;
  inventoryNumber: string;
  title: Multilingual;
  objectType: string | null;
  is2D: boolean;
  dating: Dating;
  creators: WorkCreator[];
  anonymous: boolean;
  firstPublicationYear: number | null;
  techniques: string | null;
  dimensions: Dimension[];
  inscriptions: Inscription[];
  description: Multilingual;
  provenance: string | null;
  keywords: string[];
  rights: Rights;
  workflow: Workflow;
  warnings: DataQualityWarning[];
  primaryMediaId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  lastLoginAt: string | null;
}

export interface DataQualityWarning {
  code: 'dated_after_creator_death' | 'dated_before_creator_birth' | 'missing_french_title' | 'no_image';
  field: string;
  message: { fr: string; en: string };
}
