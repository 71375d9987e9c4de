import { diffRecords } from './diff';

describe('diffRecords', () => {
  it('records only what changed, with nested paths', () => {
    expect(
      diffRecords(
        { title: { fr: 'Marietta', en: null }, keywords: ['a'], is2D: true, version: 1 },
        { title: { fr: 'Marietta (Odalisque)', en: null }, keywords: ['a'], is2D: false, version: 1 },
      ),
    ).toEqual({ 'title.fr': { from: 'Marietta', to: 'Marietta (Odalisque)' }, is2D: { from: true, to: false } });
  });

  it('treats creation and deletion as changes from and to null', () => {
    expect(diffRecords(null, { code: 'PP', name: { fr: 'Petit Palais' } })).toEqual({
      code: { from: null, to: 'PP' },
      'name.fr': { from: null, to: 'Petit Palais' },
    });
    expect(diffRecords({ code: 'PP' }, null)).toEqual({ code: { from: 'PP', to: null } });
  });

  it('compares arrays by value and dates by instant', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(diffRecords({ creators: [{ personId: 'a' }], at }, { creators: [{ personId: 'a' }], at: new Date(at) })).toEqual({});
    expect(diffRecords({ creators: [{ personId: 'a' }] }, { creators: [{ personId: 'b' }] })).toEqual({
      creators: { from: [{ personId: 'a' }], to: [{ personId: 'b' }] },
    });
  });
});
