/** Inserts one audit event with the caller's EntityManager, so it commits or rolls back with the change. */
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities';

export interface AuditRecord {
  userId: string | null;
  userEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  diff: Record<string, any>;
  comment?: string | null;
}

export async function writeAuditEvent(manager: EntityManager, record: AuditRecord): Promise<void> {
  await manager.insert(AuditEventEntity, { ...record, comment: record.comment ?? null });
}
