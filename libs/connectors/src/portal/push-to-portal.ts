/**
 * Jobs `portal.push` and `portal.withdraw`. A push sends the current public notice (idempotent PUT) unless the
 * portal already holds exactly this content (same SHA-256 of the canonical body as `publication.content_hash`);
 * a withdrawal deletes it (idempotent DELETE). Both re-read the database: a job that arrives late does what the
 * work's state asks now, not what it asked when the job was written.
 */
import type { DataSource } from 'typeorm';
import { enqueue } from '@oc/jobs';
import { canonicalJson, sha256Hex } from '../canonical-json';
import { loadPush } from '../notice/load-notice';
import { buildPublicNotice, type PublicNotice } from '../notice/public-notice';
import { markFailed, markPushing, markSucceeded, readPublication } from '../publication-rows';
import type { PortalClient } from './portal-client';

export type PushResult = { status: 'done' | 'skipped'; reason?: string; published?: boolean };

export interface PortalPushContext {
  dataSource: DataSource;
  portal: PortalClient;
  publicBaseUrl: string;
}

/** The body the portal receives: the public notice, which already holds only the image URLs the rights allow. */
export function portalBody(notice: PublicNotice): string {
  return canonicalJson(notice);
}

export async function pushToPortal(ctx: PortalPushContext, workId: string): Promise<PushResult> {
  const push = await loadPush(ctx.dataSource.manager, workId, 'portal');
  if ('skip' in push) return { status: 'skipped', reason: push.skip };
  const { row, record } = push;
  const body = portalBody(buildPublicNotice(record, ctx.publicBaseUrl));
  const contentHash = sha256Hex(body);
  if (row.state === 'succeeded' && row.contentHash === contentHash) return { status: 'skipped', reason: 'the portal already has this content' };

  await markPushing(ctx.dataSource, workId, 'portal');
  try {
    const answer = await ctx.portal.putWork(workId, body);
    const outcome = await markSucceeded(ctx.dataSource, workId, 'portal', { externalRef: answer.id ?? workId, externalUrl: answer.url, contentHash });
    if (outcome === 'withdrawn') {
      // Withdrawn while we were pushing: take it down again rather than leave it on the portal.
      await ctx.dataSource.transaction((manager) => enqueue(manager, 'portal.withdraw', { workId }));
      return { status: 'done', reason: 'withdrawn during the push: removal queued' };
    }
    return { status: 'done', published: outcome === 'published' };
  } catch (error) {
    await markFailed(ctx.dataSource, workId, 'portal', (error as Error).message);
    throw error;
  }
}

export async function withdrawFromPortal(ctx: Pick<PortalPushContext, 'dataSource' | 'portal'>, workId: string): Promise<PushResult> {
  const row = await readPublication(ctx.dataSource.manager, workId, 'portal');
  if (row && row.state !== 'withdrawn') return { status: 'skipped', reason: `the portal publication is ${row.state} again (published after the withdrawal)` };
  try {
    const result = await ctx.portal.deleteWork(workId);
    await ctx.dataSource.query(
      `UPDATE publication SET content_hash = NULL, last_error = NULL, note = $2, pushed_at = now(), updated_at = now()
       WHERE work_id = $1 AND target = 'portal' AND state = 'withdrawn'`,
      [workId, result === 'absent' ? 'removed from the portal (it no longer had the work)' : 'removed from the portal'],
    );
    return { status: 'done', reason: result };
  } catch (error) {
    await ctx.dataSource.query(`UPDATE publication SET last_error = $2, updated_at = now() WHERE work_id = $1 AND target = 'portal'`, [
      workId,
      (error as Error).message.slice(0, 4000),
    ]);
    throw error;
  }
}

