import { WORKFLOW_STATES, type WorkflowState } from '../notice';
import type { Role } from '../roles';
import {
  WORKFLOW_ACTIONS,
  actionNeedsComment,
  allowedActions,
  approvalProblems,
  canSetLicence,
  isFourEyesOverride,
  isPublicState,
  transition,
  type WorkForApproval,
  type WorkflowAction,
  overrideReasonNeeded,
} from './workflow';

// DESIGN.md §4, drawn as a table: every pair not listed here must be refused.
const VALID: Array<[WorkflowState, WorkflowAction, WorkflowState]> = [
  ['draft', 'submit', 'in_review'],
  ['in_review', 'approve', 'approved'],
  ['in_review', 'reject', 'draft'],
  ['approved', 'schedule', 'scheduled'],
  ['approved', 'publish', 'publishing'],
  ['scheduled', 'publish', 'publishing'],
  ['published', 'withdraw', 'withdrawn'],
];

describe('transition', () => {
  it.each(VALID)('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toBe(to);
  });

  const invalid = WORKFLOW_STATES.flatMap((state) =>
    WORKFLOW_ACTIONS.filter((action) => !VALID.some(([s, a]) => s === state && a === action)).map((action) => [state, action] as const),
  );
  it.each(invalid)('%s refuses %s', (state, action) => {
    expect(transition(state, action)).toBeNull();
  });
});

describe('allowedActions', () => {
  const alice = { userId: 'alice', submittedBy: 'bob' };
  const ownSubmission = { userId: 'bob', submittedBy: 'bob' };

  it.each<[string, WorkflowState, Role[], { userId: string; submittedBy?: string | null }, WorkflowAction[]]>([
    ['registrar submits a draft', 'draft', ['registrar'], alice, ['submit']],
    ['registrar may not review', 'in_review', ['registrar'], alice, []],
    ['registrar may not publish', 'approved', ['registrar'], alice, []],
    ['registrar may not withdraw', 'published', ['registrar'], alice, []],
    ['rights manager submits a draft', 'draft', ['rights_manager'], alice, ['submit']],
    ['rights manager reviews another\'s submission', 'in_review', ['rights_manager'], alice, ['approve', 'reject']],
    ['four-eyes: the submitter may reject but not approve', 'in_review', ['rights_manager'], ownSubmission, ['reject']],
    ['four-eyes: an admin may approve their own submission', 'in_review', ['admin'], ownSubmission, ['approve', 'reject']],
    ['four-eyes: a registrar who is also a rights manager is still the submitter', 'in_review', ['registrar', 'rights_manager'], ownSubmission, ['reject']],
    ['no recorded submitter: approval open', 'in_review', ['rights_manager'], { userId: 'alice', submittedBy: null }, ['approve', 'reject']],
    ['approved: schedule or publish now', 'approved', ['rights_manager'], alice, ['schedule', 'publish']],
    ['scheduled: publish now', 'scheduled', ['rights_manager'], alice, ['publish']],
    ['publishing: nothing until the worker is done', 'publishing', ['admin'], alice, []],
    ['published: withdraw', 'published', ['admin'], alice, ['withdraw']],
    ['withdrawn: nothing', 'withdrawn', ['admin'], alice, []],
    ['no role: nothing', 'draft', [], alice, []],
  ])('%s', (_label, state, roles, context, actions) => {
    expect(allowedActions(state, roles, context)).toEqual(actions);
  });

  it.each<[string, boolean, Role[], { userId: string; submittedBy?: string | null }, WorkflowAction]>([
    ['admin approving their own submission', true, ['admin'], { userId: 'bob', submittedBy: 'bob' }, 'approve'],
    ['admin approving another\'s submission', false, ['admin'], { userId: 'alice', submittedBy: 'bob' }, 'approve'],
    ['admin rejecting their own submission', false, ['admin'], { userId: 'bob', submittedBy: 'bob' }, 'reject'],
  ])('four-eyes override to audit: %s → %s', (_label, override, roles, context, action) => {
    expect(isFourEyesOverride(action, roles, context)).toBe(override);
  });
});

describe('actionNeedsComment', () => {
  it.each<[WorkflowAction, boolean]>([
    ['submit', false],
    ['approve', false],
    ['reject', true],
    ['schedule', false],
    ['publish', false],
    ['withdraw', true],
  ])('%s → %s', (action, needed) => {
    expect(actionNeedsComment(action)).toBe(needed);
  });
});

describe('canSetLicence', () => {
  it.each([
    ['public_domain', 'CC0', true],
    ['in_copyright', 'CC0', false],
    ['unknown', 'CC0', false],
    [null, 'CC0', false],
    ['in_copyright', 'all_rights_reserved', true],
    ['public_domain', 'all_rights_reserved', true],
    ['unknown', null, true],
  ] as const)('%s with %s → %s', (status, licence, allowed) => {
    expect(canSetLicence(status, licence)).toBe(allowed);
  });
});

describe('approvalProblems', () => {
  const ready: WorkForApproval = {
    title: { fr: 'Soleil couchant sur la Seine à Lavacourt' },
    creators: [{ personId: 'monet', role: 'auteur', order: 0 }],
    anonymous: false,
    is2D: true,
    rights: { status: 'public_domain', licence: 'CC0', overrideReason: null, photoLicenceConfirmed: false },
    primaryMedia: { status: 'ready' },
  };
  const sculpture = (rights: Partial<WorkForApproval['rights']>): WorkForApproval => ({ ...ready, is2D: false, rights: { ...ready.rights, ...rights } });

  it.each<[string, WorkForApproval, string[]]>([
    ['a complete CC0 painting', ready, []],
    ['French title missing (only English)', { ...ready, title: { fr: ' ', en: 'Sunset' } }, ['missing_french_title']],
    ['no creator', { ...ready, creators: [] }, ['no_creator']],
    ['no creator but anonymous', { ...ready, creators: [], anonymous: true }, []],
    ['no primary image', { ...ready, primaryMedia: null }, ['no_primary_image']],
    ['primary image still processing', { ...ready, primaryMedia: { status: 'processing' } }, ['primary_image_not_ready']],
    ['primary image failed', { ...ready, primaryMedia: { status: 'failed' } }, ['primary_image_not_ready']],
    ['no rights decision', { ...ready, rights: { ...ready.rights, status: null, licence: null } }, ['rights_status_missing', 'licence_missing']],
    ['status without licence', { ...ready, rights: { ...ready.rights, licence: null } }, ['licence_missing']],
    ['CC0 on a work in copyright', { ...ready, rights: { ...ready.rights, status: 'in_copyright' } }, ['cc0_requires_public_domain']],
    ['CC0 on a work of unknown status', { ...ready, rights: { ...ready.rights, status: 'unknown' } }, ['cc0_requires_public_domain']],
    ['all rights reserved in copyright', { ...ready, rights: { ...ready.rights, status: 'in_copyright', licence: 'all_rights_reserved' } }, []],
    ['CC0 sculpture, photograph licence unconfirmed', sculpture({}), ['photo_licence_unconfirmed']],
    ['CC0 sculpture, photograph licence confirmed', sculpture({ photoLicenceConfirmed: true }), []],
    ['CC0 sculpture with an override reason', sculpture({ overrideReason: 'Photograph by museum staff, rights assigned' }), []],
    ['CC0 sculpture with a blank override reason', sculpture({ overrideReason: '  ' }), ['photo_licence_unconfirmed']],
    ['sculpture under all rights reserved needs no confirmation', sculpture({ status: 'in_copyright', licence: 'all_rights_reserved' }), []],
    ['everything missing at once', { ...ready, title: {}, creators: [], primaryMedia: null, rights: { ...ready.rights, status: null, licence: null } }, ['missing_french_title', 'no_creator', 'no_primary_image', 'rights_status_missing', 'licence_missing']],
  ])('%s', (_label, work, codes) => {
    expect(approvalProblems(work).map((p) => p.code)).toEqual(codes);
  });

  it('names the field and explains in both languages', () => {
    expect(approvalProblems({ ...ready, primaryMedia: { status: 'processing' } })).toEqual([
      { code: 'primary_image_not_ready', field: 'media', fr: "L'image principale n'est pas prête (traitement en cours).", en: 'The primary image is not ready (still processing).' },
    ]);
  });
});

describe('overrideReasonNeeded', () => {
  it.each([
    ['same status as computed', 'public_domain', 'public_domain', null, false],
    ['another status without a reason', 'in_copyright', 'public_domain', null, true],
    ['another status with a blank reason', 'public_domain', 'unknown', '   ', true],
    ['another status with a reason', 'public_domain', 'unknown', 'Death date found in the civil register', false],
  ] as const)('%s', (_name, decided, computed, reason, expected) => {
    expect(overrideReasonNeeded(decided, computed, reason)).toBe(expected);
  });
});

describe('public states', () => {
  it('holds a work that is being published or is published, and no other', () => {
    expect(WORKFLOW_STATES.filter(isPublicState)).toEqual(['publishing', 'published']);
  });
});
