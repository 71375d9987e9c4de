/** One class per job of the `media` queue; each hands off to its function in libs/media in one line. */
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { JobPayloads } from '@oc/jobs';
import { enforceRights, purgeMedia, renderMedia, type JobOutcome, type MediaStorage } from '@oc/media';
import { MEDIA_STORAGE, MEDIA_WORKER_CONFIG, type MediaWorkerConfig } from './media.config';

@Injectable()
export class RenderMediaJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(MEDIA_WORKER_CONFIG) private readonly config: MediaWorkerConfig,
  ) {}

  handle(payload: JobPayloads['media.render'], job: Job): Promise<JobOutcome> {
    return renderMedia(this.dataSource, this.storage, payload.mediaId, { maxPixels: this.config.MEDIA_MAX_PIXELS, onProgress: (p) => job.updateProgress(p) });
  }
}

@Injectable()
export class EnforceRightsJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  handle(payload: JobPayloads['media.enforce-rights']): Promise<JobOutcome> {
    return enforceRights(this.dataSource, this.storage, payload.workId);
  }
}

@Injectable()
export class PurgeMediaJob {
  constructor(@Inject(MEDIA_STORAGE) private readonly storage: MediaStorage) {}

  handle(payload: JobPayloads['media.purge']): Promise<JobOutcome> {
    return purgeMedia(this.storage, payload.mediaId);
  }
}
