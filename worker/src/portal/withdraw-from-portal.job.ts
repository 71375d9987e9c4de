/** Job `portal.withdraw`: removes a withdrawn work from the portal. */
import { Inject, Injectable } from '@nestjs/common';
import { withdrawFromPortal, type PortalPushContext, type PushResult } from '@oc/connectors';
import type { JobPayloads } from '@oc/jobs';
import { PORTAL_CONTEXT } from './portal.context';

export type WithdrawFromPortalPayload = JobPayloads['portal.withdraw'];

@Injectable()
export class WithdrawFromPortalJob {
  constructor(@Inject(PORTAL_CONTEXT) private readonly context: PortalPushContext) {}

  handle(payload: WithdrawFromPortalPayload): Promise<PushResult> {
    return withdrawFromPortal(this.context, payload.workId);
  }
}
