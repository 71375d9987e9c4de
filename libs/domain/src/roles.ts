/** Roles and what each may do (DESIGN.md §1): the API enforces these, the admin hides what a user may not do. */
export const ROLES = ['registrar', 'rights_manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'notice:read',
  'notice:write',
  'rights:propose',
  'rights:decide',
  'workflow:submit',
  'workflow:review',
  'workflow:publish',
  'museums:manage',
  'users:manage',
  'jobs:manage',
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const REGISTRAR: readonly Permission[] = ['notice:read', 'notice:write', 'rights:propose', 'workflow:submit', 'audit:read'];
const RIGHTS_MANAGER: readonly Permission[] = [...REGISTRAR, 'rights:decide', 'workflow:review', 'workflow:publish'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  registrar: REGISTRAR,
  rights_manager: RIGHTS_MANAGER,
  admin: PERMISSIONS,
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}
