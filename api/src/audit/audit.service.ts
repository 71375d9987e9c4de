/**
 * Writes the audit trail. Callers pass the EntityManager of their own transaction so the event commits or
 * rolls back with the change it describes.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { writeAuditEvent } from '@oc/db';
import { diffRecords } from '@oc/domain';
import type { AuthUser } from '../common/current-user.decorator';

export interface AuditEntry {
  user: Pick<AuthUser, 'id' | 'email'> | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  diff?: Record<string, any>;
  comment?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await writeAuditEvent(manager, {
      userId: entry.user?.id ?? null,
      userEmail: entry.user?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      diff: entry.diff ?? diffRecords(entry.before ?? null, entry.after ?? null),
      comment: entry.comment ?? null,
    });
  }
}
