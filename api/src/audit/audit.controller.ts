import { Controller, Get, NotFoundException, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '@oc/db';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';

export const AUDITED_ENTITIES = ['work', 'person', 'museum', 'user', 'media'] as const;

export class AuditFilterDto {
  @IsOptional() @IsUUID() userId?: string;
  @IsOptional() @IsString() @MaxLength(100) action?: string;
  @IsOptional() @IsIn(AUDITED_ENTITIES) entityType?: string;
  @IsOptional() @IsString() @MaxLength(100) entityId?: string;
  @IsOptional() @IsDateString() from?: string;
  @IsOptional() @IsDateString() to?: string;
  @IsOptional() @IsString({ each: true }) id?: string[];
}

const AUDIT_LIST: ListSpec<AuditFilterDto> = { filterClass: AuditFilterDto, sorts: { at: 'e.at', id: 'e.id' }, defaultSort: ['at', 'DESC'] };

@ApiTags('audit')
@ApiBearerAuth()
@RequirePermission('audit:read')
@Controller('api/audit-events')
export class AuditController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, AUDIT_LIST);
    const { userId, action, entityType, entityId, from, to, id } = query.filter;
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (userId) qb.andWhere('e.userId = :userId', { userId });
    if (action) qb.andWhere('e.action = :action', { action });
    if (entityType) qb.andWhere('e.entityType = :entityType', { entityType });
    if (entityId) qb.andWhere('e.entityId = :entityId', { entityId });
    if (from) qb.andWhere('e.at >= :from', { from });
    // A bare date as the upper bound means "up to the end of that day".
    if (to) qb.andWhere(/^\d{4}-\d{2}-\d{2}$/.test(to) ? 'e.at < CAST(:to AS date) + 1' : 'e.at <= :to', { to });
    if (id) qb.andWhere('e.id = ANY(:id)', { id: id.filter((v) => /^\d+$/.test(v)) });
    const [rows, total] = await qb
      .orderBy(query.sortExpression, query.order)
      .addOrderBy('e.id', query.order)
      .offset(query.offset)
      .limit(query.limit)
      .getManyAndCount();
    return sendList(res, 'audit-events', query.offset, { rows, total });
  }

  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number) {
    const event = await this.dataSource.getRepository(AuditEventEntity).findOneBy({ id: String(id) });
    if (!event) throw new NotFoundException(`Audit event ${id} not found`);
    return event;
  }
}
