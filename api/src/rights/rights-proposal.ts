/**
 * A registrar's rights input, kept on the work as a proposal for the rights manager (the rights themselves stay as
 * they were); audited as `rights.propose`. Used by the rights form and by the works' bulk edit.
 */
import type { EntityManager } from 'typeorm';
import { WorkEntity, writeAuditEvent } from '@oc/db';
import { diffRecords } from '@oc/domain';
import type { AuthUser } from '../common/current-user.decorator';

export async function proposeRights(manager: EntityManager, work: WorkEntity, decision: Record<string, unknown>, actor: Pick<AuthUser, 'id' | 'email'>): Promise<void> {
  const proposal = { ...decision, proposedBy: actor.id, proposedByEmail: actor.email, proposedAt: new Date().toISOString() };
  await manager.update(WorkEntity, { id: work.id }, { rightsProposal: proposal as Record<string, any>, version: work.version + 1, updatedBy: actor.id });
  await writeAuditEvent(manager, {
    userId: actor.id,
    userEmail: actor.email,
    action: 'rights.propose',
    entityType: 'work',
    entityId: work.id,
    diff: diffRecords({ rightsProposal: work.rightsProposal ?? {} }, { rightsProposal: decision }),
  });
}
