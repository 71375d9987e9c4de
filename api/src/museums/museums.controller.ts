import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { MuseumFilterDto, MuseumInputDto, MuseumUpdateDto } from './museum.dto';
import { MuseumsService } from './museums.service';

const MUSEUM_LIST: ListSpec<MuseumFilterDto> = {
  filterClass: MuseumFilterDto,
  sorts: { code: 'm.code', name: 'm.nameFr', updatedAt: 'm.updatedAt' },
  defaultSort: ['code', 'ASC'],
};

@ApiTags('museums')
@ApiBearerAuth()
@Controller('api/museums')
export class MuseumsController {
  constructor(private readonly museums: MuseumsService) {}

  @RequirePermission('notice:read')
  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, MUSEUM_LIST);
    return sendList(res, 'museums', query.offset, await this.museums.list(query));
  }

  @RequirePermission('notice:read')
  @Get(':id')
  get(@Param('id', UuidParam) id: string) {
    return this.museums.get(id);
  }

  @RequirePermission('museums:manage')
  @Post()
  create(@Body() dto: MuseumInputDto, @CurrentUser() actor: AuthUser) {
    return this.museums.create(dto, actor);
  }

  @RequirePermission('museums:manage')
  @Put(':id')
  update(@Param('id', UuidParam) id: string, @Body() dto: MuseumUpdateDto, @CurrentUser() actor: AuthUser) {
    return this.museums.update(id, dto, actor);
  }

  @RequirePermission('museums:manage')
  @Delete(':id')
  remove(@Param('id', UuidParam) id: string, @CurrentUser() actor: AuthUser) {
    return this.museums.remove(id, actor);
  }
}
