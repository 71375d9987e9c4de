/**
 * Requeues derivative rendering for one work's images or for every image (after a change of sizes or encoder
 * settings). Rows are read in keyset batches and each batch becomes outbox rows in one statement, so a collection
 * of a million images never sits in memory and a crash loses at most one uncommitted batch.
 */
import type { DataSource } from 'typeorm';
import { JOB_QUEUE } from '@oc/jobs';

export type RegenerateScope = { workId: string } | { all: true };

export async function regenerateDerivatives(dataSource: DataSource, scope: RegenerateScope, batchSize = 500): Promise<number> {
  const workId = 'workId' in scope ? scope.workId : null;
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const batch: Array<{ id: string }> = await dataSource.query(
      `WITH batch AS (
         SELECT id FROM media WHERE id > $1 AND ($2::uuid IS NULL OR work_id = $2) ORDER BY id LIMIT $3
       ), queued AS (
         INSERT INTO outbox (queue, job_name, payload)
         SELECT $4, 'media.render', jsonb_build_object('mediaId', id) FROM batch ORDER BY id
       )
       SELECT id FROM batch ORDER BY id`,
      [after, workId, batchSize, JOB_QUEUE['media.render']],
    );
    total += batch.length;
    if (batch.length < batchSize) return total;
    after = batch[batch.length - 1].id;
  }
}
