/** Optimistic locking shared by every editable resource: a stale `version` is a 409 and nothing is written. */
import { ConflictException } from '@nestjs/common';
import type { RefusalCode } from '@oc/domain';

export function assertCurrentVersion(resource: string, current: number, sent: number | undefined): void {
  if (sent === undefined) return;
  if (sent !== current) {
    throw new ConflictException({
      message: `This ${resource} was changed by someone else since you opened it (version ${current}, yours ${sent}); reload it and apply your change again`,
      code: 'stale_version' satisfies RefusalCode,
      currentVersion: current,
    });
  }
}
