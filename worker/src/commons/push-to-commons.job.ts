/** Job `commons.push`: uploads a Commons-eligible work's HD image with its description, or edits the description. */
import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { pushToCommons, type PushResult } from '@oc/connectors';
import type { JobPayloads } from '@oc/jobs';
import { COMMONS_CONTEXT, type CommonsContextBase } from './commons.context';

export type PushToCommonsPayload = JobPayloads['commons.push'];

@Injectable()
export class PushToCommonsJob {
  constructor(@Inject(COMMONS_CONTEXT) private readonly context: CommonsContextBase) {}

  handle(payload: PushToCommonsPayload, job: Job): Promise<PushResult> {
    return pushToCommons({ ...this.context, onProgress: (percent) => void job.updateProgress(percent) }, payload.workId);
  }
}
