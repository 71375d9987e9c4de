/** Museums of the network: reference data that works point to; changed by admins only. */
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MuseumEntity, WorkEntity } from '@oc/db';
import type { Museum } from '@oc/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/current-user.decorator';
import type { ListQuery, ListResult } from '../common/list-query';
import { escapeLike } from '../common/text-search';
import { assertCurrentVersion } from '../common/versioned-update';
import { MuseumFilterDto, MuseumInputDto, MuseumUpdateDto } from './museum.dto';

export type MuseumView = Museum & { version: number; createdAt: string; updatedAt: string };

function toView(m: MuseumEntity): MuseumView {
  return {
    id: m.id,
    code: m.code,
    name: { fr: m.nameFr, en: m.nameEn, es: m.nameEs },
    commonsInstitution: m.commonsInstitution,
    portalId: m.portalId,
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

function audited({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }: MuseumView): Record<string, unknown> {
  return rest;
}

function columns(dto: MuseumInputDto): Partial<MuseumEntity> {
  return {
    code: dto.code,
    nameFr: dto.name.fr as string,
    nameEn: dto.name.en ?? null,
    nameEs: dto.name.es ?? null,
    commonsInstitution: dto.commonsInstitution ?? null,
    portalId: dto.portalId ?? null,
  };
}

@Injectable()
export class MuseumsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListQuery<MuseumFilterDto>): Promise<ListResult<MuseumView>> {
    const qb = this.dataSource.getRepository(MuseumEntity).createQueryBuilder('m');
    const { q, id } = query.filter;
    if (q) qb.andWhere('(oc_unaccent(m.nameFr) ILIKE oc_unaccent(:q) OR m.code ILIKE :q)', { q: `%${escapeLike(q)}%` });
    if (id) qb.andWhere('m.id = ANY(:id)', { id });
    const [rows, total] = await qb.orderBy(query.sortExpression, query.order).addOrderBy('m.id').offset(query.offset).limit(query.limit).getManyAndCount();
    return { rows: rows.map(toView), total };
  }

  async get(id: string): Promise<MuseumView> {
    return toView(await this.load(this.dataSource.manager, id));
  }

  create(dto: MuseumInputDto, actor: AuthUser): Promise<MuseumView> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkCodeFree(manager, dto.code);
      const { identifiers } = await manager.insert(MuseumEntity, columns(dto));
      const created = toView(await this.load(manager, identifiers[0].id));
      await this.audit.record({ user: actor, action: 'create', entityType: 'museum', entityId: created.id, after: audited(created) }, manager);
      return created;
    });
  }

  update(id: string, dto: MuseumUpdateDto, actor: AuthUser): Promise<MuseumView> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id, true);
      assertCurrentVersion('museum', existing.version, dto.version);
      if (dto.code !== existing.code) await this.checkCodeFree(manager, dto.code);
      await manager.update(MuseumEntity, { id }, { ...columns(dto), version: existing.version + 1 });
      const updated = toView(await this.load(manager, id));
      await this.audit.record({ user: actor, action: 'update', entityType: 'museum', entityId: id, before: audited(toView(existing)), after: audited(updated) }, manager);
      return updated;
    });
  }

  remove(id: string, actor: AuthUser): Promise<MuseumView> {
    return this.dataSource.transaction(async (manager) => {
      const existing = toView(await this.load(manager, id, true));
      const works = await manager.countBy(WorkEntity, { museumId: id });
      if (works) throw new ConflictException(`Museum ${existing.code} still holds ${works} work(s); move or delete them first`);
      await manager.delete(MuseumEntity, { id });
      await this.audit.record({ user: actor, action: 'delete', entityType: 'museum', entityId: id, before: audited(existing) }, manager);
      return existing;
    });
  }

  private async checkCodeFree(manager: EntityManager, code: string): Promise<void> {
    if (await manager.existsBy(MuseumEntity, { code })) {
      throw new ConflictException({ message: `Museum code ${code} is already used`, errors: { code: 'is already used' } });
    }
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<MuseumEntity> {
    const museum = await manager.getRepository(MuseumEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!museum) throw new NotFoundException(`Museum ${id} not found`);
    return museum;
  }
}
