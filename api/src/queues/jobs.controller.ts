import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { Transform } from 'class-transformer';
import type { Response } from 'express';
import { QUEUES, type QueueName } from '@oc/jobs';
import { ListSpec, parseListQuery, RawListQuery, sendList } from '../common/list-query';
import { RequirePermission } from '../common/require-permission.decorator';
import { JOB_STATES, JobsService, type JobState } from './jobs.service';

const asArray = () => Transform(({ value }) => (value === undefined || Array.isArray(value) ? value : [value]));

export class JobFilterDto {
  @IsOptional() @asArray() @IsArray() @ArrayMaxSize(QUEUES.length) @IsIn(QUEUES, { each: true, message: `queue must be one of: ${QUEUES.join(', ')}` }) queue?: QueueName[];
  @IsOptional() @asArray() @IsArray() @IsIn(JOB_STATES, { each: true, message: `state must be one of: ${JOB_STATES.join(', ')}` }) state?: JobState[];
}

const JOB_LIST: ListSpec<JobFilterDto> = { filterClass: JobFilterDto, sorts: { createdAt: 'createdAt' }, defaultSort: ['createdAt', 'DESC'] };

@ApiTags('jobs')
@ApiBearerAuth()
@RequirePermission('jobs:manage')
@Controller('api')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get('queues')
  async queues(@Res({ passthrough: true }) res: Response) {
    const rows = await this.jobs.queues();
    return sendList(res, 'queues', 0, { rows, total: rows.length });
  }

  @Post('queues/:name/pause')
  @HttpCode(200)
  pause(@Param('name') name: string) {
    return this.jobs.setPaused(name, true);
  }

  @Post('queues/:name/resume')
  @HttpCode(200)
  resume(@Param('name') name: string) {
    return this.jobs.setPaused(name, false);
  }

  @Post('queues/:name/retry-failed')
  @HttpCode(200)
  retryAllFailed(@Param('name') name: string) {
    return this.jobs.retryAllFailed(name);
  }

  @Get('jobs')
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const query = parseListQuery(raw, JOB_LIST);
    const result = await this.jobs.list(query.filter.queue ?? [...QUEUES], query.filter.state ?? ['failed'], query.offset, query.limit);
    return sendList(res, 'jobs', query.offset, result);
  }

  @Get('jobs/:id')
  get(@Param('id') id: string) {
    return this.jobs.get(id);
  }

  @Post('jobs/:id/retry')
  @HttpCode(200)
  retry(@Param('id') id: string) {
    return this.jobs.retry(id);
  }

  @Delete('jobs/:id')
  remove(@Param('id') id: string) {
    return this.jobs.remove(id);
  }
}
