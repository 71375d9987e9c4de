import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { PersonFilterDto, PersonInputDto, PersonUpdateDto } from './person.dto';
import { PeopleService } from './people.service';

const PERSON_LIST: ListSpec<PersonFilterDto> = {
  filterClass: PersonFilterDto,
  sorts: { sortName: 'p.sortName', displayName: 'p.displayName', deathDate: 'p.deathDate', birthDate: 'p.birthDate', updatedAt: 'p.updatedAt' },
  defaultSort: ['sortName', 'ASC'],
};

@ApiTags('people')
@ApiBearerAuth()
@Controller('api/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @RequirePermission('notice:read')
  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, PERSON_LIST);
    return sendList(res, 'people', query.offset, await this.people.list(query));
  }

  @RequirePermission('notice:read')
  @Get(':id')
  get(@Param('id', UuidParam) id: string) {
    return this.people.get(id);
  }

  @RequirePermission('notice:write')
  @Post()
  create(@Body() dto: PersonInputDto, @CurrentUser() actor: AuthUser) {
    return this.people.create(dto, actor);
  }

  @RequirePermission('notice:write')
  @Put(':id')
  update(@Param('id', UuidParam) id: string, @Body() dto: PersonUpdateDto, @CurrentUser() actor: AuthUser) {
    return this.people.update(id, dto, actor);
  }

  @RequirePermission('notice:write')
  @Delete(':id')
  remove(@Param('id', UuidParam) id: string, @CurrentUser() actor: AuthUser) {
    return this.people.remove(id, actor);
  }
}
