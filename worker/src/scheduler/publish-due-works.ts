/**
 * The scheduler's work: every scheduled work whose publishAt has come moves to publishing. PostgreSQL is the source
 * of truth (never delayed jobs alone), and `FOR UPDATE SKIP LOCKED` lets several workers run this at the same time
 * without publishing a work twice: a row one run holds is skipped by the other, and is no longer due once committed.
 */
import type { DataSource } from 'typeorm';
import type { PublicationTarget } from '@oc/domain';
import { startPublication } from '@oc/jobs';

export async function publishDueWorks(dataSource: DataSource, targets: readonly PublicationTarget[], batchSize = 50): Promise<string[]> {
  const published: string[] = [];
  for (;;) {
    const batch = await dataSource.transaction(async (manager) => {
      const due: Array<{ id: string }> = await manager.query(
        `SELECT id FROM work WHERE workflow_state = 'scheduled' AND publish_at <= now()
         ORDER BY publish_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      for (const { id } of due) await startPublication(manager, id, null, targets, 'scheduled publication');
      return due.map((row) => row.id);
    });
    published.push(...batch);
    if (batch.length < batchSize) return published;
  }
}
