/**
 * The `publication` row of a work and target through one push: read it, count the attempt, record the outcome.
 * When the last target of a `publishing` work succeeds, the work becomes `published` with its audit event, in the
 * same transaction; the work row is locked first, by a statement of its own, so two targets finishing together
 * cannot both miss the moment.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { writeAuditEvent } from '@oc/db';
import type { PublicationState, PublicationTarget } from '@oc/domain';

export interface PublicationRow {
  workId: string;
  target: PublicationTarget;
  state: PublicationState;
  externalRef: string | null;
  externalUrl: string | null;
  contentHash: string | null;
  attempts: number;
  workflowState: string;
}

export async function readPublication(manager: EntityManager, workId: string, target: PublicationTarget): Promise<PublicationRow | null> {
  const [row] = await manager.query(
    `SELECT p.work_id AS "workId", p.target, p.state, p.external_ref AS "externalRef", p.external_url AS "externalUrl",
            p.content_hash AS "contentHash", p.attempts, w.workflow_state AS "workflowState"
     FROM publication p JOIN work w ON w.id = p.work_id WHERE p.work_id = $1 AND p.target = $2`,
    [workId, target],
  );
  return row ?? null;
}

/**
 * The attempt is counted before the request goes out. Its commit need not wait for the disk (advisory state): the
 * setting is made local to the statement's own transaction, which saves the BEGIN/SET/COMMIT round trips on every push.
 */
export async function markPushing(dataSource: DataSource, workId: string, target: PublicationTarget): Promise<void> {
  await dataSource.query(
    `UPDATE publication SET state = 'pushing', attempts = attempts + 1, updated_at = now()
     FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit
     WHERE work_id = $1 AND target = $2 AND state <> 'withdrawn'`,
    [workId, target],
  );
}

export async function markFailed(dataSource: DataSource, workId: string, target: PublicationTarget, message: string): Promise<void> {
  await dataSource.query(
    `UPDATE publication SET state = CASE WHEN state = 'withdrawn' THEN state ELSE 'failed' END, last_error = $3, updated_at = now()
     WHERE work_id = $1 AND target = $2`,
    [workId, target, message.slice(0, 4000)],
  );
}

export interface PushOutcome {
  externalRef: string | null;
  externalUrl: string | null;
  contentHash: string;
  note?: string | null;
}

/**
 * Records a successful push and completes the work's publication when every target has succeeded. Returns what
 * happened: `withdrawn` when the work was withdrawn while the push was under way (the caller undoes the push).
 */
export async function markSucceeded(
  dataSource: DataSource,
  workId: string,
  target: PublicationTarget,
  outcome: PushOutcome,
): Promise<'recorded' | 'published' | 'withdrawn'> {
  return dataSource.transaction(async (manager) => {
    // The lock is a statement of its own: targets finishing together queue here, and the next statement then reads
    // with a snapshot taken after the other target's commit. Counting in the locking statement would read the
    // other target's row as it was before it succeeded, and both would leave the work `publishing` for ever.
    const [work] = await manager.query('SELECT id FROM work WHERE id = $1 FOR UPDATE', [workId]);
    if (!work) return 'withdrawn';
    // The same statement completes the publication when this was the last target: `publishing → published`.
    const [row] = await manager.query(
      `WITH pushed AS (UPDATE publication SET state = 'succeeded', external_ref = coalesce($3, external_ref), external_url = coalesce($4, external_url),
                              content_hash = $5, note = $6, last_error = NULL, pushed_at = now(), updated_at = now()
                       WHERE work_id = $1 AND target = $2 AND state <> 'withdrawn' RETURNING target),
            open AS (SELECT count(*)::int AS n FROM publication WHERE work_id = $1 AND target <> $2 AND state <> 'succeeded'),
            completed AS (UPDATE work SET workflow_state = 'published', version = version + 1, updated_at = now()
                          WHERE id = $1 AND workflow_state = 'publishing' AND EXISTS (SELECT 1 FROM pushed) AND (SELECT n FROM open) = 0
                          RETURNING id)
       SELECT (SELECT count(*)::int FROM pushed) AS recorded, (SELECT count(*)::int FROM completed) AS completed,
              (SELECT array_agg(target ORDER BY target) FROM publication WHERE work_id = $1) AS targets`,
      [workId, target, outcome.externalRef, outcome.externalUrl, outcome.contentHash, outcome.note ?? null],
    );
    if (!row.recorded) return 'withdrawn';
    if (!row.completed) return 'recorded';
    await writeAuditEvent(manager, {
      userId: null,
      userEmail: null,
      action: 'workflow.published',
      entityType: 'work',
      entityId: workId,
      diff: { 'workflow.state': { from: 'publishing', to: 'published' }, targets: { from: null, to: row.targets } },
      comment: 'every publication target succeeded',
    });
    return 'published';
  });
}

