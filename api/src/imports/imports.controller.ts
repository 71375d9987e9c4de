import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CurrentUser, type AuthUser } from '../common/current-user.decorator';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { UuidParam } from '../common/uuid.pipe';
import { ImportFilterDto, RunImportDto } from './import.dto';
import { ImportsService } from './imports.service';

const IMPORT_LIST: ListSpec<ImportFilterDto> = {
  filterClass: ImportFilterDto,
  sorts: { createdAt: 'i.createdAt', status: 'i.status', fileName: 'i.fileName' },
  defaultSort: ['createdAt', 'DESC'],
};

@ApiTags('imports')
@ApiBearerAuth()
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @RequirePermission('notice:write')
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  upload(@Req() req: Request, @CurrentUser() actor: AuthUser) {
    return this.imports.upload(req, actor);
  }

  @RequirePermission('notice:write')
  @Post(':id/run')
  @HttpCode(202)
  run(@Param('id', UuidParam) id: string, @Body() dto: RunImportDto) {
    return this.imports.run(id, dto);
  }

  @RequirePermission('notice:read')
  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, IMPORT_LIST);
    return sendList(res, 'imports', query.offset, await this.imports.list(query));
  }

  @RequirePermission('notice:read')
  @Get(':id')
  get(@Param('id', UuidParam) id: string) {
    return this.imports.get(id);
  }

  @RequirePermission('notice:read')
  @Get(':id/report.csv')
  async report(@Param('id', UuidParam) id: string, @Res() res: Response) {
    const report = await this.imports.report(id);
    const body = await report.open();
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${report.fileName.replace(/[^\w.-]/g, '_')}"`);
    await pipeline(body, res);
  }
}
