/** Puts works straight into a given workflow state, with what approval needs, for workflow tests. */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { WorkflowState } from '@oc/domain';
import type { TestApi } from './harness';
import { createPerson, createWork } from './fixtures';

export async function sql<T = Record<string, unknown>>(api: TestApi, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: api.db.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A complete, CC0 public-domain notice by Claude Monet with a ready primary image. */
export async function approvableWork(api: TestApi, museumId: string, options: { is2D?: boolean } = {}) {
  const monet = await createPerson(api, `Claude Monet ${++counter}`, { birthDate: '1840-11-14', deathDate: '1926-12-05' });
  const work = await createWork(api, {
    museumId,
    inventoryNumber: `WF-${counter}-${randomBytes(2).toString('hex')}`,
    title: { fr: "Soleil couchant sur la Seine à Lavacourt, effet d'hiver" },
    dating: { text: '1880', startYear: 1880, endYear: 1880 },
    is2D: options.is2D ?? true,
    creators: [{ personId: monet.id, role: 'auteur' }],
  });
  await sql(
    api,
    `UPDATE work SET rights_status = 'public_domain', licence = 'CC0', rights_decided_at = now() WHERE id = $1`,
    [work.id],
  );
  await sql(
    api,
    `INSERT INTO media (work_id, storage_key, sha256, sha1, mime, bytes, is_primary, status)
     VALUES ($1, 'test/key', $2, 'sha1', 'image/jpeg', 1, true, 'ready')`,
    [work.id, randomBytes(32).toString('hex')],
  );
  return work;
}

export async function putInState(api: TestApi, workId: string, state: WorkflowState, submittedBy: string | null = null) {
  await sql(
    api,
    `UPDATE work SET workflow_state = $2, submitted_by = $3, submitted_at = CASE WHEN $3::uuid IS NULL THEN NULL ELSE now() END,
       publish_at = CASE WHEN $2 = 'scheduled' THEN now() + interval '1 day' ELSE NULL END WHERE id = $1`,
    [workId, state, submittedBy],
  );
}
