import { Controller, HttpCode, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { enqueue } from '@oc/jobs';
import { RequirePermission } from '../common/require-permission.decorator';

/** Runs the publication scheduler now rather than at the next minute (through the outbox, like every job). */
@ApiTags('workflow')
@ApiBearerAuth()
@Controller('api/scheduler')
export class SchedulerController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @RequirePermission('workflow:publish')
  @Post('run')
  @HttpCode(202)
  async run() {
    await enqueue(this.dataSource.manager, 'scheduler.publish-due', {});
    return { queued: true };
  }
}
