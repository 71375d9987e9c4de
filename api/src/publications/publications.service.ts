/**
 * Publications per work and target, for the admin (read-only): state, external link, last push, attempts, last
 * error and note; for a withdrawn work's Commons file, the deletion request the rights manager files by hand.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { commonsDeletionRequest, type CommonsDeletionRequest } from '@oc/domain';
import type { ListQuery, ListResult } from '../common/list-query';
import { PublicationFilterDto } from './publication.dto';

export interface PublicationListView {
  id: string;
  workId: string;
  target: 'portal' | 'commons';
  state: string;
  externalRef: string | null;
  externalUrl: string | null;
  attempts: number;
  lastError: string | null;
  note: string | null;
  pushedAt: string | null;
  createdAt: string;
  updatedAt: string;
  work: { inventoryNumber: string; title: string; museumId: string; workflowState: string };
  /** Only for the Commons file of a withdrawn work. */
  deletionRequest: CommonsDeletionRequest | null;
}

@Injectable()
export class PublicationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery<PublicationFilterDto>): Promise<ListResult<PublicationListView>> {
    const where: string[] = ['TRUE'];
    const values: unknown[] = [];
    const bind = (value: unknown) => `$${values.push(value)}`;
    const { workId, target, state, id } = query.filter;
    if (workId) where.push(`p.work_id = ${bind(workId)}`);
    if (target) where.push(`p.target = ${bind(target)}`);
    if (state) where.push(`p.state = ${bind(state)}`);
    if (id) where.push(`(p.work_id::text || ':' || p.target) = ANY(${bind(id.map((i) => i.toLowerCase()))})`);
    const clause = where.join(' AND ');
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT p.work_id AS "workId", p.target, p.state, p.external_ref AS "externalRef", p.external_url AS "externalUrl", p.attempts,
                p.last_error AS "lastError", p.note, p.pushed_at AS "pushedAt", p.created_at AS "createdAt", p.updated_at AS "updatedAt",
                w.inventory_number AS "inventoryNumber", w.title_fr AS title, w.museum_id AS "museumId", w.workflow_state AS "workflowState",
                wd.at AS "withdrawnAt", wd.comment AS "withdrawReason"
         FROM publication p JOIN work w ON w.id = p.work_id
         LEFT JOIN LATERAL (SELECT at, comment FROM audit_event a WHERE a.entity_type = 'work' AND a.entity_id = w.id::text AND a.action = 'workflow.withdraw'
                            ORDER BY at DESC LIMIT 1) wd ON w.workflow_state = 'withdrawn' AND p.target = 'commons'
         WHERE ${clause}
         ORDER BY ${query.sortExpression} ${query.order} NULLS LAST, p.work_id ${query.order}, p.target ${query.order}
         LIMIT ${bind(query.limit)} OFFSET ${bind(query.offset)}`,
        values,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM publication p WHERE ${clause}`, values.slice(0, values.length - 2)),
    ]);
    return { rows: rows.map(toView), total };
  }
}

function toView(r: any): PublicationListView {
  const withdrawnFile = r.target === 'commons' && r.workflowState === 'withdrawn' && r.externalRef;
  return {
    id: `${r.workId}:${r.target}`,
    workId: r.workId,
    target: r.target,
    state: r.state,
    externalRef: r.externalRef,
    externalUrl: r.externalUrl,
    attempts: r.attempts,
    lastError: r.lastError,
    note: r.note,
    pushedAt: r.pushedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    work: { inventoryNumber: r.inventoryNumber, title: r.title, museumId: r.museumId, workflowState: r.workflowState },
    deletionRequest: withdrawnFile ? commonsDeletionRequest(r.externalRef, r.externalUrl, r.withdrawReason ?? '', r.withdrawnAt ?? new Date()) : null,
  };
}
