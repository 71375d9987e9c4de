/** Inserts one audit event with the caller's EntityManager, so it commits or rolls back with the change. */
import type { EntityManager } from 'typeorm';

export interface AuditRecord {
  userId: string | null;
  userEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  diff: Record<string, any>;
  comment?: string | null;
}

/** A plain INSERT: TypeORM's insert would read back generated columns and run its subscribers for a row nobody reads. */
export async function writeAuditEvent(manager: EntityManager, record: AuditRecord): Promise<void> {
  await manager.query(
    'INSERT INTO audit_event (user_id, user_email, action, entity_type, entity_id, diff, comment) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [record.userId, record.userEmail, record.action, record.entityType, record.entityId, JSON.stringify(record.diff), record.comment ?? null],
  );
}
