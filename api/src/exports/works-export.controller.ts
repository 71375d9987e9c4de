import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ListSpec, parseListQuery, RawListQuery } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { WorkFilterDto } from '../works/work.dto';
import { WorksExportService } from './works-export.service';

const EXPORT_FILTER: ListSpec<WorkFilterDto> = { filterClass: WorkFilterDto, sorts: { updatedAt: 'w.updatedAt' }, defaultSort: ['updatedAt', 'DESC'] };

@ApiTags('works')
@ApiBearerAuth()
@Controller('api/works')
export class WorksExportController {
  constructor(private readonly exports: WorksExportService) {}

  /** The works the list filter selects, as CSV in the import's columns (`;`-separated, UTF-8 with BOM), streamed. */
  @RequirePermission('notice:read')
  @Get('export.csv')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'filter', required: false, description: 'The same JSON filter as GET /api/works', example: '{"museumId":"…","q":"monet"}' })
  async export(@Query() raw: RawListQuery, @Res() res: Response) {
    // The whole filtered list is exported: paging and sorting parameters of the list are accepted and ignored.
    const { range: _range, sort: _sort, ...rest } = raw;
    const { filter } = parseListQuery(rest, EXPORT_FILTER);
    // Resolves once PostgreSQL has sent its first bytes: a failure before them is still an HTTP error. A client that
    // leaves before them (the response closes unsent) stops the statement.
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    let body: Readable;
    try {
      ({ body } = await this.exports.open(filter, gone.signal));
    } catch (error) {
      if (gone.signal.aborted) return;
      throw error;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="works-${new Date().toISOString().slice(0, 10)}.csv"`);
    // Once bytes have left, a failure can only cut the download short; pipeline ends the copy either way.
    await pipeline(body, res).catch((error) => {
      if (!res.headersSent) throw error;
      res.destroy(error);
    });
  }
}
