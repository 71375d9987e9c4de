import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { RequirePermission } from '../common/require-permission.decorator';
import { JobsService } from './jobs.service';

/** The admin home page: works per workflow state and per rights status, failed jobs, today's publications. */
@ApiTags('dashboard')
@ApiBearerAuth()
@RequirePermission('notice:read')
@Controller('api/dashboard')
export class DashboardController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  @Get()
  async get() {
    const [byState, byRights, today, queues] = await Promise.all([
      this.dataSource.query(`SELECT workflow_state AS key, count(*)::int AS n FROM work GROUP BY 1`),
      this.dataSource.query(`SELECT coalesce(rights_status, 'undecided') AS key, count(*)::int AS n FROM work GROUP BY 1`),
      this.dataSource.query(
        `SELECT id, title_fr AS "titleFr", inventory_number AS "inventoryNumber", publish_at AS "publishAt"
         FROM work WHERE workflow_state = 'scheduled' AND publish_at >= date_trunc('day', now()) AND publish_at < date_trunc('day', now()) + interval '1 day'
         ORDER BY publish_at LIMIT 100`,
      ),
      this.jobs.queues(),
    ]);
    const counts = (rows: Array<{ key: string; n: number }>) => Object.fromEntries(rows.map((r) => [r.key, r.n]));
    return {
      worksByState: counts(byState),
      worksByRights: counts(byRights),
      failedJobs: queues.reduce((sum, q) => sum + (q.counts.failed ?? 0), 0),
      queues,
      scheduledToday: today,
    };
  }
}
