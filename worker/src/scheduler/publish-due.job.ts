/** Job `scheduler.publish-due`: publishes the works whose scheduled date has come. */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { configuredTargets, type JobPayloads } from '@oc/jobs';
import { WORKER_CONFIG, type WorkerConfig } from '../config';
import { publishDueWorks } from './publish-due-works';

export type PublishDuePayload = JobPayloads['scheduler.publish-due'];

@Injectable()
export class PublishDueJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('PublishDueJob');
  }

  async handle(_payload: PublishDuePayload): Promise<{ published: number }> {
    const ids = await publishDueWorks(this.dataSource, configuredTargets(this.config));
    if (ids.length) this.logger.info({ works: ids }, 'scheduled works sent to publishing');
    return { published: ids.length };
  }
}
