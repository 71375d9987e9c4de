/**
 * Work notices: create, edit (optimistic locking on `version`), delete, list. Every write runs in one transaction
 * with its audit event; the denormalised creator names are refreshed in the same transaction.
 */
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { MuseumEntity, WorkCreatorEntity, WorkDimensionEntity, WorkEntity, WorkInscriptionEntity } from '@oc/db';
import { enqueue, refreshPublications } from '@oc/jobs';
import { allowsOpenContent } from '@oc/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/current-user.decorator';
import type { ListQuery, ListResult } from '../common/list-query';
import { FieldErrors, fieldErrorsException } from '../common/validation';
import { assertCurrentVersion } from '../common/versioned-update';
import { refreshCreatorNames } from './creator-names';
import { WorkFilterDto, WorkInputDto, WorkUpdateDto } from './work.dto';
import { auditedWork, WorkView } from './work.view';
import { WorksRepository } from './works.repository';

/** States in which a notice may still be deleted: nothing about it has been approved or published. */
const DELETABLE_STATES = new Set(['draft', 'withdrawn']);

function columns(dto: WorkInputDto): Partial<WorkEntity> {
  return {
    museumId: dto.museumId,
    inventoryNumber: dto.inventoryNumber,
    titleFr: dto.title.fr as string,
    titleEn: dto.title.en ?? null,
    titleEs: dto.title.es ?? null,
    objectType: dto.objectType ?? null,
    is2D: dto.is2D ?? true,
    datingText: dto.dating?.text ?? null,
    datingStartYear: dto.dating?.startYear ?? null,
    datingEndYear: dto.dating?.endYear ?? null,
    techniques: dto.techniques ?? null,
    descriptionFr: dto.description?.fr ?? null,
    descriptionEn: dto.description?.en ?? null,
    descriptionEs: dto.description?.es ?? null,
    provenance: dto.provenance ?? null,
    keywords: dto.keywords ?? [],
    anonymous: dto.anonymous ?? false,
    firstPublicationYear: dto.firstPublicationYear ?? null,
  };
}

@Injectable()
export class WorksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly works: WorksRepository,
    private readonly audit: AuditService,
  ) {}

  /** The page's notices as JSON texts, sent as they are (see WorksRepository.list). */
  list(query: ListQuery<WorkFilterDto>): Promise<ListResult<string>> {
    return this.works.list(this.dataSource.manager, query);
  }

  get(id: string): Promise<WorkView> {
    return this.notice(this.dataSource.manager, id);
  }

  create(dto: WorkInputDto, actor: AuthUser): Promise<WorkView> {
    return this.write(dto, async (manager) => {
      await this.checkReferences(manager, dto, null);
      const { identifiers } = await manager.insert(WorkEntity, { ...columns(dto), createdBy: actor.id, updatedBy: actor.id });
      const id = identifiers[0].id as string;
      await this.replaceChildren(manager, id, dto);
      const created = await this.notice(manager, id);
      await this.audit.record({ user: actor, action: 'create', entityType: 'work', entityId: id, after: auditedWork(created) }, manager);
      return created;
    });
  }

  update(id: string, dto: WorkUpdateDto, actor: AuthUser): Promise<WorkView> {
    return this.write(dto, async (manager) => {
      // The row lock makes concurrent saves queue up, so the second one sees the first one's version and gets a 409.
      const existing = await this.load(manager, id, true);
      assertCurrentVersion('work', existing.version, dto.version);
      await this.checkReferences(manager, dto, id);
      const before = await this.notice(manager, id);
      await manager.update(WorkEntity, { id }, { ...columns(dto), updatedBy: actor.id, version: existing.version + 1 });
      await this.replaceChildren(manager, id, dto);
      const updated = await this.notice(manager, id);
      await this.audit.record({ user: actor, action: 'update', entityType: 'work', entityId: id, before: auditedWork(before), after: auditedWork(updated) }, manager);
      // The download package carries the notice, so an Open Content work's package is rebuilt with it.
      if (allowsOpenContent({ status: existing.rightsStatus, licence: existing.licence })) await enqueue(manager, 'packages.build', { workId: id });
      // A notice on the portal or Commons goes out again; each target sends only if its content changed.
      await refreshPublications(manager, [id]);
      return updated;
    });
  }

  remove(id: string, actor: AuthUser): Promise<WorkView> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id, true);
      if (!DELETABLE_STATES.has(existing.workflowState)) {
        throw new ConflictException(`Work ${existing.inventoryNumber} is ${existing.workflowState}; only draft or withdrawn works can be deleted`);
      }
      const view = await this.notice(manager, id);
      await manager.delete(WorkEntity, { id });
      await this.audit.record({ user: actor, action: 'delete', entityType: 'work', entityId: id, before: auditedWork(view) }, manager);
      return view;
    });
  }

  private async write(dto: WorkInputDto, run: (manager: EntityManager) => Promise<WorkView>): Promise<WorkView> {
    this.checkConsistency(dto);
    try {
      return await this.dataSource.transaction(run);
    } catch (error) {
      // Two registrars creating the same number at the same moment: the unique index decides, we explain.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'work_inventory_unique') {
        throw await this.inventoryConflict(dto);
      }
      throw error;
    }
  }

  private checkConsistency(dto: WorkInputDto): void {
    const errors: FieldErrors = {};
    const { startYear, endYear } = dto.dating ?? {};
    if (startYear != null && endYear != null && endYear < startYear) errors['dating.endYear'] = 'must not be before dating.startYear';
    if (Object.keys(errors).length) throw fieldErrorsException(errors);
  }

  private async checkReferences(manager: EntityManager, dto: WorkInputDto, selfId: string | null): Promise<void> {
    const errors: FieldErrors = {};
    if (!(await manager.existsBy(MuseumEntity, { id: dto.museumId }))) errors.museumId = `does not exist (${dto.museumId})`;
    const personIds = [...new Set((dto.creators ?? []).map((c) => c.personId))];
    if (personIds.length) {
      const found = new Set<string>(
        (await manager.query('SELECT id FROM person WHERE id = ANY($1)', [personIds])).map((r: { id: string }) => r.id),
      );
      (dto.creators ?? []).forEach((c, i) => {
        if (!found.has(c.personId)) errors[`creators.${i}.personId`] = `does not exist (${c.personId})`;
      });
    }
    if (Object.keys(errors).length) throw fieldErrorsException(errors);
    const clash = await manager
      .getRepository(WorkEntity)
      .createQueryBuilder('w')
      .where('w.museumId = :museumId AND w.inventoryNumber = :inventoryNumber', dto)
      .andWhere(selfId ? 'w.id <> :selfId' : 'TRUE', { selfId })
      .getOne();
    if (clash) throw await this.inventoryConflict(dto, manager);
  }

  private async inventoryConflict(dto: WorkInputDto, manager: EntityManager = this.dataSource.manager): Promise<ConflictException> {
    const museum = await manager.findOneBy(MuseumEntity, { id: dto.museumId });
    return new ConflictException({
      message: `Inventory number ${dto.inventoryNumber} already exists at ${museum?.nameFr ?? 'this museum'}`,
      errors: { inventoryNumber: 'is already used in this museum' },
    });
  }

  private async replaceChildren(manager: EntityManager, workId: string, dto: WorkInputDto): Promise<void> {
    // One after the other: a transaction is one connection, and pg refuses (from v9) queries sent while one runs.
    await manager.delete(WorkCreatorEntity, { workId });
    await manager.delete(WorkDimensionEntity, { workId });
    await manager.delete(WorkInscriptionEntity, { workId });
    // Positions follow the order given; an explicit `order` wins, so drag-and-drop in the admin is respected.
    const creators = [...(dto.creators ?? [])]
      .map((c, index) => ({ ...c, index }))
      .sort((a, b) => (a.order ?? a.index) - (b.order ?? b.index) || a.index - b.index);
    if (creators.length) await manager.insert(WorkCreatorEntity, creators.map((c, position) => ({ workId, position, personId: c.personId, role: c.role })));
    if (dto.dimensions?.length) await manager.insert(WorkDimensionEntity, dto.dimensions.map((d, position) => ({ workId, position, part: d.part ?? null, type: d.type, value: d.value, unit: d.unit })));
    if (dto.inscriptions?.length) await manager.insert(WorkInscriptionEntity, dto.inscriptions.map((i, position) => ({ workId, position, type: i.type, text: i.text, script: i.script ?? null })));
    await refreshCreatorNames(manager, 'work', workId);
  }

  private async notice(manager: EntityManager, id: string): Promise<WorkView> {
    const view = await this.works.view(manager, id);
    if (!view) throw new NotFoundException(`Work ${id} not found`);
    return view;
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<WorkEntity> {
    const work = await this.works.findOne(manager, id, lock);
    if (!work) throw new NotFoundException(`Work ${id} not found`);
    return work;
  }
}
