/** react-admin hands permissions around untyped; these read them as the domain's roles (DESIGN.md §1). */
import { can, isRole, type Permission, type Role } from '@oc/domain';

export function rolesFrom(permissions: unknown): Role[] {
  return Array.isArray(permissions) ? permissions.filter(isRole) : [];
}

export function permits(permissions: unknown, permission: Permission): boolean {
  return can(rolesFrom(permissions), permission);
}
