/** Job `imports.run`: applies an uploaded CSV file of notices, reporting progress as rows are applied. */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { JobPayloads } from '@oc/jobs';
import type { MediaStorage } from '@oc/media';
import { IMPORT_STORAGE } from './imports.config';
import { markImportFailed, runImport, type ImportResult } from './run-import';

export type RunImportPayload = JobPayloads['imports.run'];

@Injectable()
export class RunImportJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IMPORT_STORAGE) private readonly storage: MediaStorage,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('RunImportJob');
  }

  async handle(payload: RunImportPayload, job: Job): Promise<ImportResult> {
    try {
      const result = await runImport(this.dataSource, this.storage, payload.importId, ({ processed, total, counts }) =>
        job.updateProgress({ processed, total, percent: total ? Math.floor((processed * 100) / total) : 0, ...counts }),
      );
      this.logger.info({ importId: payload.importId, status: result.status, ...result.counts }, 'import finished');
      return result;
    } catch (error) {
      // Anything but a bad file (database or storage away) is retried; the last attempt leaves its reason on the import.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await markImportFailed(this.dataSource, payload.importId, `The import stopped: ${(error as Error).message}`);
      }
      throw error;
    }
  }
}
