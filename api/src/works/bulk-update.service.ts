/**
 * Bulk edit of selected works: museum, object type, keywords (add, remove or replace) and proposed rights in one go.
 * Each work is its own transaction with its audit events, so one refusal (an inventory number already used in the
 * target museum) leaves the others applied; the answer gives the outcome per id.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { MuseumEntity, WorkEntity } from '@oc/db';
import { canSetLicence, diffRecords } from '@oc/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/current-user.decorator';
import { FieldErrors, fieldErrorsException } from '../common/validation';
import { proposeRights } from '../rights/rights-proposal';
import { BulkChangesDto, BulkUpdateDto, BulkUpdateResult } from './bulk-update.dto';
import { WorksRepository } from './works.repository';

type EditableFields = Pick<WorkEntity, 'museumId' | 'objectType' | 'keywords'>;

function applyKeywords(current: string[], changes: NonNullable<BulkChangesDto['keywords']>): string[] {
  const clean = (list?: string[]) => (list ?? []).map((k) => k.trim()).filter((k) => k !== '');
  if (changes.set) return [...new Set(clean(changes.set))];
  const removed = new Set(clean(changes.remove));
  const kept = current.filter((k) => !removed.has(k));
  return [...kept, ...clean(changes.add).filter((k, i, all) => !kept.includes(k) && all.indexOf(k) === i)];
}

@Injectable()
export class BulkUpdateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly works: WorksRepository,
    private readonly audit: AuditService,
  ) {}

  async update(dto: BulkUpdateDto, actor: AuthUser): Promise<BulkUpdateResult[]> {
    await this.check(dto.changes);
    const results: BulkUpdateResult[] = [];
    for (const id of [...new Set(dto.ids)]) results.push(await this.updateOne(id, dto.changes, actor));
    return results;
  }

  private async check(changes: BulkChangesDto): Promise<void> {
    const errors: FieldErrors = {};
    const { museumId, objectType, keywords, proposedRights } = changes;
    if (museumId === undefined && objectType === undefined && !keywords && !proposedRights) errors.changes = 'must change at least one of museumId, objectType, keywords, proposedRights';
    if (keywords?.set && (keywords.add || keywords.remove)) errors['changes.keywords'] = 'set replaces every keyword: give set alone, or add and remove';
    if (proposedRights && !canSetLicence(proposedRights.status as never, proposedRights.licence as never)) {
      errors['changes.proposedRights.licence'] = `CC0 needs the status public_domain (the status given is ${proposedRights.status})`;
    }
    if (museumId && !(await this.dataSource.manager.existsBy(MuseumEntity, { id: museumId }))) errors['changes.museumId'] = `does not exist (${museumId})`;
    if (Object.keys(errors).length) throw fieldErrorsException(errors);
  }

  private async updateOne(id: string, changes: BulkChangesDto, actor: AuthUser): Promise<BulkUpdateResult> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const work = await this.works.findOne(manager, id, true);
        if (!work) return { id, status: 'not_found', message: `Work ${id} not found` };
        const before: EditableFields = { museumId: work.museumId, objectType: work.objectType, keywords: work.keywords };
        const after: EditableFields = {
          museumId: changes.museumId ?? work.museumId,
          objectType: changes.objectType === undefined ? work.objectType : changes.objectType,
          keywords: changes.keywords ? applyKeywords(work.keywords, changes.keywords) : work.keywords,
        };
        const diff = diffRecords(before, after);
        const proposal = changes.proposedRights ? this.proposal(changes.proposedRights) : null;
        const proposing = proposal !== null && (work.rightsProposal?.status !== proposal.status || work.rightsProposal?.licence !== proposal.licence);
        if (!Object.keys(diff).length && !proposing) return { id, status: 'unchanged', version: work.version };
        if (Object.keys(diff).length && after.museumId !== work.museumId) {
          const clash = await this.inventoryClash(manager, after.museumId, work);
          if (clash) return { id, status: 'rejected', message: clash };
        }
        if (proposing) await proposeRights(manager, work, proposal, actor);
        if (Object.keys(diff).length) {
          await manager.update(WorkEntity, { id }, { ...after, version: work.version + 1, updatedBy: actor.id });
          await this.audit.record({ user: actor, action: 'bulk.update', entityType: 'work', entityId: id, diff }, manager);
        }
        return { id, status: 'updated', version: work.version + 1 };
      });
    } catch (error) {
      if (error instanceof QueryFailedError) return { id, status: 'rejected', message: (error.driverError as { detail?: string }).detail ?? error.message };
      throw error;
    }
  }

  private proposal(rights: NonNullable<BulkChangesDto['proposedRights']>): Record<string, unknown> {
    return { status: rights.status, licence: rights.licence, overrideReason: null, creditLine: null, usRationale: null, photoLicenceConfirmed: false };
  }

  private async inventoryClash(manager: EntityManager, museumId: string, work: WorkEntity): Promise<string | null> {
    const taken = await manager.existsBy(WorkEntity, { museumId, inventoryNumber: work.inventoryNumber });
    if (!taken) return null;
    const museum = await manager.findOneBy(MuseumEntity, { id: museumId });
    return `Inventory number ${work.inventoryNumber} already exists at ${museum?.nameFr ?? 'this museum'}`;
  }
}
