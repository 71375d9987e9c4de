import { permits, rolesFrom } from './permissions';

describe('permissions', () => {
  it('reads only known roles from what react-admin hands over', () => {
    expect(rolesFrom(['registrar', 'superuser', 42, 'admin'])).toEqual(['registrar', 'admin']);
    expect(rolesFrom(undefined)).toEqual([]);
    expect(rolesFrom('admin')).toEqual([]);
  });

  it.each([
    [['registrar'], 'notice:write', true],
    [['registrar'], 'users:manage', false],
    [['registrar'], 'museums:manage', false],
    [['rights_manager'], 'rights:decide', true],
    [['rights_manager'], 'users:manage', false],
    [['admin'], 'users:manage', true],
    [['admin'], 'museums:manage', true],
    [undefined, 'notice:read', false],
  ] as const)('%j may %s: %s', (permissions, permission, expected) => {
    expect(permits(permissions, permission)).toBe(expected);
  });
});
