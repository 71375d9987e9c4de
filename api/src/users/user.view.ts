import type { User } from '@oc/domain';
import type { UserEntity } from '@oc/db';

export type UserView = User & { version: number; createdAt: string; updatedAt: string };

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
