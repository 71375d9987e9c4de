/** Job `portal.push`: sends a work's notice and allowed images to the portal, unless it already has them. */
import { Inject, Injectable } from '@nestjs/common';
import { pushToPortal, type PortalPushContext, type PushResult } from '@oc/connectors';
import type { JobPayloads } from '@oc/jobs';
import { PORTAL_CONTEXT } from './portal.context';

export type PushToPortalPayload = JobPayloads['portal.push'];

@Injectable()
export class PushToPortalJob {
  constructor(@Inject(PORTAL_CONTEXT) private readonly context: PortalPushContext) {}

  handle(payload: PushToPortalPayload): Promise<PushResult> {
    return pushToPortal(this.context, payload.workId);
  }
}
