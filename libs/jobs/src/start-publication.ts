/**
 * Starts publishing a work, for "publish now" in the API and for the scheduler in the worker alike: the work moves
 * to `publishing` with one publication row and one job per target its rights allow; with no target at all it is
 * published at once. Runs inside the caller's transaction, with the work row already locked.
 */
import type { EntityManager } from 'typeorm';
import { loadRightsInput, today, writeAuditEvent } from '@oc/db';
import { assessRights, publicationTargets, type PublicationTarget, type RightsInput } from '@oc/domain';
import { enqueue } from './outbox';

export interface PublicationStart {
  state: 'publishing' | 'published';
  targets: PublicationTarget[];
}

interface WorkRightsRow {
  workflow_state: string;
  rights_status: 'public_domain' | 'in_copyright' | 'unknown' | null;
  licence: 'CC0' | 'all_rights_reserved' | null;
  us_rationale: string | null;
}

export async function startPublication(
  manager: EntityManager,
  workId: string,
  actor: { id: string; email: string } | null,
  configured: readonly PublicationTarget[],
  comment: string | null,
  asOf: string = today(),
): Promise<PublicationStart> {
  const [work]: WorkRightsRow[] = await manager.query(
    'SELECT workflow_state, rights_status, licence, us_rationale FROM work WHERE id = $1',
    [workId],
  );
  const input = await loadRightsInput(manager, workId, asOf);
  const assessment = assessRights(input as RightsInput);
  const targets = publicationTargets(
    { status: work.rights_status, licence: work.licence, usRationale: work.us_rationale },
    assessment.commonsEligible,
    configured,
  );
  const state = targets.length ? 'publishing' : 'published';
  await manager.query(`UPDATE work SET workflow_state = $2, version = version + 1, updated_at = now() WHERE id = $1`, [workId, state]);
  for (const target of targets) {
    await manager.query(
      `INSERT INTO publication (work_id, target, state) VALUES ($1, $2, 'pending')
       ON CONFLICT (work_id, target) DO UPDATE SET state = 'pending', last_error = NULL, updated_at = now()`,
      [workId, target],
    );
    await enqueue(manager, target === 'portal' ? 'portal.push' : 'commons.push', { workId });
  }
  await writeAuditEvent(manager, {
    userId: actor?.id ?? null,
    userEmail: actor?.email ?? null,
    action: 'workflow.publish',
    entityType: 'work',
    entityId: workId,
    diff: { 'workflow.state': { from: work.workflow_state, to: state }, targets: { from: null, to: targets } },
    comment,
  });
  return { state, targets };
}
