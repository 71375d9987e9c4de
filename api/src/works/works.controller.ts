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
  // Columns of `work w`: the works' list is written in SQL (WorksRepository).
  sorts: {
    updatedAt: 'w.updated_at',
    createdAt: 'w.created_at',
    title: 'w.title_fr',
    inventoryNumber: 'w.inventory_number',
    datingStartYear: 'w.dating_start_year',
    submittedAt: 'w.submitted_at',
    publishAt: 'w.publish_at',
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
