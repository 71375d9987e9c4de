/**
 * Whatever changes what a published work shows (its notice, a creator's name, an image rendered, captioned or
 * removed) sends the work out again to every target it is on. Runs in the caller's transaction; each push handler
 * compares the content hash and sends nothing when the target already has this content, so asking twice is cheap.
 */
import type { EntityManager } from 'typeorm';
import { PUBLIC_WORKFLOW_STATES, type PublicationTarget } from '@oc/domain';
import { enqueue } from './outbox';

const PUSH_JOB = { portal: 'portal.push', commons: 'commons.push' } as const satisfies Record<PublicationTarget, string>;

/** Queues a push per live publication of the given works that are `publishing` or `published`; returns how many. */
export async function refreshPublications(manager: EntityManager, workIds: readonly string[]): Promise<number> {
  if (!workIds.length) return 0;
  const live: Array<{ workId: string; target: PublicationTarget }> = await manager.query(
    `SELECT p.work_id AS "workId", p.target FROM publication p JOIN work w ON w.id = p.work_id
     WHERE p.work_id = ANY($1::uuid[]) AND p.state <> 'withdrawn' AND w.workflow_state = ANY($2)
     ORDER BY p.work_id, p.target`,
    [workIds, PUBLIC_WORKFLOW_STATES],
  );
  for (const { workId, target } of live) await enqueue(manager, PUSH_JOB[target], { workId });
  return live.length;
}
