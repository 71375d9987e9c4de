/** Consumes the `imports` queue one file at a time per worker: an import is long and writes in large batches. */
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { assertOneHandlerPerJob } from '../media/queue-handlers';
import { RunImportJob } from './run-import.job';

@Processor('imports', { concurrency: 1 })
export class ImportsProcessor extends WorkerHost implements OnModuleInit {
  private readonly handlers: Record<'imports.run', (job: Job) => Promise<unknown>>;

  constructor(runImport: RunImportJob) {
    super();
    this.handlers = { 'imports.run': (job) => runImport.handle(job.data, job) };
  }

  onModuleInit(): void {
    assertOneHandlerPerJob('imports', this.handlers);
  }

  process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as 'imports.run'];
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on the imports queue`);
    return handler(job);
  }
}
