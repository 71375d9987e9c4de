import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { ListSpec, parseListQuery, RawListQuery, sendJsonList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { WorkFilterDto, WorkInputDto, WorkUpdateDto } from './work.dto';
import { WorksService } from './works.service';

export const WORK_LIST: ListSpec<WorkFilterDto> = {
  filterClass: WorkFilterDto,
  sorts: {
    updatedAt: 'w.updatedAt',
    createdAt: 'w.createdAt',
    title: 'w.titleFr',
    inventoryNumber: 'w.inventoryNumber',
    datingStartYear: 'w.datingStartYear',
    submittedAt: 'w.submittedAt',
    publishAt: 'w.publishAt',
  },
  defaultSort: ['updatedAt', 'DESC'],
};

@ApiTags('works')
@ApiBearerAuth()
@Controller('api/works')
export class WorksController {
  constructor(private readonly works: WorksService) {}

  @RequirePermission('notice:read')
  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, WORK_LIST);
    return sendJsonList(res, 'works', query.offset, await this.works.list(query));
  }

  @RequirePermission('notice:read')
  @Get(':id')
  get(@Param('id', UuidParam) id: string) {
    return this.works.get(id);
  }

  @RequirePermission('notice:write')
  @Post()
  create(@Body() dto: WorkInputDto, @CurrentUser() actor: AuthUser) {
    return this.works.create(dto, actor);
  }

  @RequirePermission('notice:write')
  @Put(':id')
  update(@Param('id', UuidParam) id: string, @Body() dto: WorkUpdateDto, @CurrentUser() actor: AuthUser) {
    return this.works.update(id, dto, actor);
  }

  @RequirePermission('notice:write')
  @Delete(':id')
  remove(@Param('id', UuidParam) id: string, @CurrentUser() actor: AuthUser) {
    return this.works.remove(id, actor);
  }
}
