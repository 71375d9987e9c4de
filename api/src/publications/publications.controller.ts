import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { PublicationFilterDto } from './publication.dto';
import { PublicationsService } from './publications.service';

const PUBLICATION_LIST: ListSpec<PublicationFilterDto> = {
  filterClass: PublicationFilterDto,
  sorts: { updatedAt: 'p.updated_at', pushedAt: 'p.pushed_at', state: 'p.state', target: 'p.target', attempts: 'p.attempts', createdAt: 'p.created_at' },
  defaultSort: ['updatedAt', 'DESC'],
};

@ApiTags('publications')
@ApiBearerAuth()
@Controller('api/publications')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @RequirePermission('notice:read')
  @Get()
  @ApiOperation({
    summary: 'Publications per work and target (read-only, ra-data-simple-rest)',
    description: 'filter: {"workId", "target": "portal"|"commons", "state": "pending"|"pushing"|"succeeded"|"failed"|"withdrawn", "id": ["<workId>:<target>"]}',
  })
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, PUBLICATION_LIST);
    return sendList(res, 'publications', query.offset, await this.publications.list(query));
  }
}
