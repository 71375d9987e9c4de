/** The permission a route needs; routes without one are refused, so a forgotten decorator cannot open a door. */
import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@oc/domain';

export const REQUIRED_PERMISSION = 'oc:permission';
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);
