/**
 * The Open Content workflow (DESIGN.md §4): which action moves a work from which state, who may take it now, and what
 * must hold before a work is approved. The API enforces it; the admin offers only the actions it returns.
 */
import type { Licence, Rights, RightsStatus, Work, WorkflowState } from '../notice';
import { can, type Permission, type Role } from '../roles';

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'reject', 'schedule', 'publish', 'withdraw'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * `publish` only starts the push; the worker moves `publishing` to `published` once the targets have the work, which
 * is why no user action leaves `publishing`. The scheduler uses `publish` too when a scheduled work's publishAt is due.
 */
const TRANSITIONS: Record<WorkflowState, Partial<Record<WorkflowAction, WorkflowState>>> = {
  draft: { submit: 'in_review' },
  in_review: { approve: 'approved', reject: 'draft' },
  approved: { schedule: 'scheduled', publish: 'publishing' },
  scheduled: { publish: 'publishing' },
  publishing: {},
  published: { withdraw: 'withdrawn' },
  withdrawn: {},
};

const PERMISSION_FOR: Record<WorkflowAction, Permission> = {
  submit: 'workflow:submit',
  approve: 'workflow:review',
  reject: 'workflow:review',
  schedule: 'workflow:publish',
  publish: 'workflow:publish',
  withdraw: 'workflow:publish',
};

const ACTIONS_NEEDING_COMMENT: readonly WorkflowAction[] = ['reject', 'withdraw'];

/** States in which a work is out: the public API shows it and its publication targets are kept up to date. */
export const PUBLIC_WORKFLOW_STATES = ['publishing', 'published'] as const satisfies readonly WorkflowState[];

export function isPublicState(state: string): boolean {
  return (PUBLIC_WORKFLOW_STATES as readonly string[]).includes(state);
}

export interface ActorContext {
  userId: string;
  /** Who submitted the work for review, for the four-eyes rule. */
  submittedBy?: string | null;
}

export function transition(state: WorkflowState, action: WorkflowAction): WorkflowState | null {
  return TRANSITIONS[state][action] ?? null;
}

/** The actions this user may take on a work in `state` now, in WORKFLOW_ACTIONS order. */
export function allowedActions(state: WorkflowState, roles: readonly Role[], context: ActorContext): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (action) =>
      transition(state, action) !== null &&
      can(roles, PERMISSION_FOR[action]) &&
      !breaksFourEyes(action, roles, context),
  );
}

/** An admin approving a work they submitted themselves: allowed, but the audit must record the override. */
export function isFourEyesOverride(action: WorkflowAction, roles: readonly Role[], context: ActorContext): boolean {
  return action === 'approve' && approvesOwnSubmission(context) && roles.includes('admin');
}

function approvesOwnSubmission(context: ActorContext): boolean {
  return context.submittedBy != null && context.submittedBy === context.userId;
}

/** The permission an action needs, whatever the work's state (the API answers 403 without it). */
export function permissionFor(action: WorkflowAction): Permission {
  return PERMISSION_FOR[action];
}

/** A rights manager approving what they submitted themselves: refused (four-eyes), unless they are an admin. */
export function breaksFourEyes(action: WorkflowAction, roles: readonly Role[], context: ActorContext): boolean {
  return action === 'approve' && approvesOwnSubmission(context) && !roles.includes('admin');
}

export function actionNeedsComment(action: WorkflowAction): boolean {
  return ACTIONS_NEEDING_COMMENT.includes(action);
}

/** DESIGN.md §5: CC0 only with the status public_domain. */
export function canSetLicence(status: RightsStatus | null, licence: Licence | null): boolean {
  return licence !== 'CC0' || status === 'public_domain';
}

/**
 * RIGHTS.md: the calculator advises, the rights manager decides, and deciding another status than the computed one
 * is an override that needs a written reason (audited with the decision).
 */
export function overrideReasonNeeded(decided: RightsStatus, computed: RightsStatus, overrideReason: string | null | undefined): boolean {
  return decided !== computed && !overrideReason?.trim();
}

export type MediaStatus = 'pending' | 'processing' | 'ready' | 'failed';

export interface WorkForApproval extends Pick<Work, 'title' | 'creators' | 'anonymous' | 'is2D'> {
  rights: Pick<Rights, 'status' | 'licence' | 'overrideReason' | 'photoLicenceConfirmed'>;
  /** The work's primary image, null when it has none. */
  primaryMedia: { status: MediaStatus } | null;
}

export interface ApprovalProblem {
  code:
    | 'missing_french_title'
    | 'no_creator'
    | 'no_primary_image'
    | 'primary_image_not_ready'
    | 'rights_status_missing'
    | 'licence_missing'
    | 'cc0_requires_public_domain'
    | 'photo_licence_unconfirmed';
  field: string;
  fr: string;
  en: string;
}

const MEDIA_STATUS_TEXT: Record<Exclude<MediaStatus, 'ready'>, { fr: string; en: string }> = {
  pending: { fr: 'en attente de traitement', en: 'waiting to be processed' },
  processing: { fr: 'traitement en cours', en: 'still processing' },
  failed: { fr: 'échec du traitement', en: 'processing failed' },
};

/** The approval preconditions of DESIGN.md §4 that `work` does not meet; empty when it may be approved. */
export function approvalProblems(work: WorkForApproval): ApprovalProblem[] {
  const problems: ApprovalProblem[] = [];
  const { rights } = work;
  if (!work.title.fr?.trim()) {
    problems.push({ code: 'missing_french_title', field: 'title.fr', fr: 'Titre français manquant.', en: 'French title missing.' });
  }
  if (work.creators.length === 0 && !work.anonymous) {
    problems.push({
      code: 'no_creator',
      field: 'creators',
      fr: "Ajouter au moins un créateur, ou marquer l'œuvre comme anonyme.",
      en: 'Add at least one creator, or mark the work anonymous.',
    });
  }
  if (work.primaryMedia === null) {
    problems.push({ code: 'no_primary_image', field: 'media', fr: 'Aucune image principale.', en: 'No primary image.' });
  } else if (work.primaryMedia.status !== 'ready') {
    const state = MEDIA_STATUS_TEXT[work.primaryMedia.status];
    problems.push({
      code: 'primary_image_not_ready',
      field: 'media',
      fr: `L'image principale n'est pas prête (${state.fr}).`,
      en: `The primary image is not ready (${state.en}).`,
    });
  }
  if (rights.status === null) {
    problems.push({ code: 'rights_status_missing', field: 'rights.status', fr: 'Statut des droits non décidé.', en: 'Rights status not decided.' });
  }
  if (rights.licence === null) {
    problems.push({ code: 'licence_missing', field: 'rights.licence', fr: 'Licence non décidée.', en: 'Licence not decided.' });
  }
  // With no status yet, the missing status above already says what to do.
  if (rights.status !== null && !canSetLicence(rights.status, rights.licence)) {
    problems.push({
      code: 'cc0_requires_public_domain',
      field: 'rights.licence',
      fr: 'La licence CC0 exige le statut « domaine public ».',
      en: 'The CC0 licence requires the status "public domain".',
    });
  }
  if (rights.licence === 'CC0' && !work.is2D && !rights.photoLicenceConfirmed && !rights.overrideReason?.trim()) {
    problems.push({
      code: 'photo_licence_unconfirmed',
      field: 'rights.photoLicenceConfirmed',
      fr: "CC0 sur une œuvre en trois dimensions : confirmer la licence de la photographie, ou donner le motif d'une dérogation.",
      en: "CC0 on a three-dimensional work: confirm the photograph's licence, or give a reason for an override.",
    });
  }
  return problems;
}
