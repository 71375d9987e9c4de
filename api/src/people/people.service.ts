/** Creators (the person authority): names, life dates and "mort pour la France", which the rights rules read. */
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonEntity, WorkCreatorEntity } from '@oc/db';
import { allowsOpenContent, parsePartialDate, type Licence, type Person, type RightsStatus } from '@oc/domain';
import { enqueue, refreshPublications } from '@oc/jobs';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/current-user.decorator';
import type { ListQuery, ListResult } from '../common/list-query';
import { escapeLike } from '../common/text-search';
import { fieldErrorsException } from '../common/validation';
import { assertCurrentVersion } from '../common/versioned-update';
import { refreshCreatorNames } from '../works/creator-names';
import { PersonFilterDto, PersonInputDto, PersonUpdateDto } from './person.dto';

export type PersonView = Person & { version: number; createdAt: string; updatedAt: string };

function toView(p: PersonEntity): PersonView {
  return {
    id: p.id,
    displayName: p.displayName,
    sortName: p.sortName,
    birthDate: p.birthDate,
    deathDate: p.deathDate,
    birthPlace: p.birthPlace,
    deathPlace: p.deathPlace,
    diedForFrance: p.diedForFrance,
    wikidataId: p.wikidataId,
    commonsCreator: p.commonsCreator,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

function audited({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }: PersonView): Record<string, unknown> {
  return rest;
}

function columns(dto: PersonInputDto): Partial<PersonEntity> {
  const birth = dto.birthDate ? parsePartialDate(dto.birthDate) : null;
  const death = dto.deathDate ? parsePartialDate(dto.deathDate) : null;
  if (birth && death && death.year < birth.year) throw fieldErrorsException({ deathDate: 'must not be before birthDate' });
  return {
    displayName: dto.displayName,
    sortName: dto.sortName ?? dto.displayName,
    birthDate: dto.birthDate ?? null,
    deathDate: dto.deathDate ?? null,
    birthPlace: dto.birthPlace ?? null,
    deathPlace: dto.deathPlace ?? null,
    diedForFrance: dto.diedForFrance ?? false,
    wikidataId: dto.wikidataId ?? null,
    commonsCreator: dto.commonsCreator ?? null,
  };
}

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListQuery<PersonFilterDto>): Promise<ListResult<PersonView>> {
    const qb = this.dataSource.getRepository(PersonEntity).createQueryBuilder('p');
    const { q, diedForFrance, id } = query.filter;
    if (q) qb.andWhere(`p.search_text LIKE '%' || lower(oc_unaccent(:q)) || '%'`, { q: escapeLike(q.trim()) });
    if (diedForFrance !== undefined) qb.andWhere('p.diedForFrance = :diedForFrance', { diedForFrance });
    if (id) qb.andWhere('p.id = ANY(:id)', { id });
    const [rows, total] = await qb.orderBy(query.sortExpression, query.order).addOrderBy('p.id').offset(query.offset).limit(query.limit).getManyAndCount();
    return { rows: rows.map(toView), total };
  }

  async get(id: string): Promise<PersonView> {
    return toView(await this.load(this.dataSource.manager, id));
  }

  create(dto: PersonInputDto, actor: AuthUser): Promise<PersonView> {
    const values = columns(dto);
    return this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(PersonEntity, { ...values, createdBy: actor.id, updatedBy: actor.id });
      const created = toView(await this.load(manager, identifiers[0].id));
      await this.audit.record({ user: actor, action: 'create', entityType: 'person', entityId: created.id, after: audited(created) }, manager);
      return created;
    });
  }

  update(id: string, dto: PersonUpdateDto, actor: AuthUser): Promise<PersonView> {
    const values = columns(dto);
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id, true);
      assertCurrentVersion('person', existing.version, dto.version);
      await manager.update(PersonEntity, { id }, { ...values, updatedBy: actor.id, version: existing.version + 1 });
      if (values.displayName !== existing.displayName) await refreshCreatorNames(manager, 'person', id);
      // Their works show the person: Open Content packages print the name and dates, published notices name them.
      const works: Array<{ id: string; status: RightsStatus | null; licence: Licence | null }> = await manager.query(
        `SELECT DISTINCT w.id, w.rights_status AS status, w.licence FROM work w JOIN work_creator wc ON wc.work_id = w.id WHERE wc.person_id = $1`,
        [id],
      );
      for (const work of works) if (allowsOpenContent(work)) await enqueue(manager, 'packages.build', { workId: work.id });
      await refreshPublications(manager, works.map((work) => work.id));
      const updated = toView(await this.load(manager, id));
      await this.audit.record({ user: actor, action: 'update', entityType: 'person', entityId: id, before: audited(toView(existing)), after: audited(updated) }, manager);
      return updated;
    });
  }

  remove(id: string, actor: AuthUser): Promise<PersonView> {
    return this.dataSource.transaction(async (manager) => {
      const existing = toView(await this.load(manager, id, true));
      const credits = await manager.countBy(WorkCreatorEntity, { personId: id });
      if (credits) throw new ConflictException(`${existing.displayName} is credited on ${credits} work(s); remove those credits first`);
      await manager.delete(PersonEntity, { id });
      await this.audit.record({ user: actor, action: 'delete', entityType: 'person', entityId: id, before: audited(existing) }, manager);
      return existing;
    });
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<PersonEntity> {
    const person = await manager.getRepository(PersonEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!person) throw new NotFoundException(`Person ${id} not found`);
    return person;
  }
}
