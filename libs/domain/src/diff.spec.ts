import { diffRecords, sameJson } from './diff';

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

describe('sameJson', () => {
  const at = new Date('2026-01-01T00:00:00Z');
  it.each<[string, unknown, unknown, boolean]>([
    ['equal scalars', 'a', 'a', true],
    ['a number and its text', 1, '1', false],
    ['undefined and null', undefined, null, true],
    ['NaN and null', Number.NaN, null, true],
    ['zero and minus zero', 0, -0, true],
    ['a date and its ISO text', at, at.toISOString(), true],
    ['arrays of records by value', [{ personId: 'a', role: 'auteur' }], [{ personId: 'a', role: 'auteur' }], true],
    ['arrays of different lengths', [1], [1, 2], false],
    ['an array and a record', [], {}, false],
    ['records with an undefined property left out', { a: 1, b: undefined }, { a: 1 }, true],
    ['records with keys in another order (JSON text differs)', { a: 1, b: 2 }, { b: 2, a: 1 }, false],
    ['nested differences', { d: [{ value: 1.5 }] }, { d: [{ value: 1.25 }] }, false],
  ])('%s', (_name, a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
    expect(sameJson(a, b)).toBe(JSON.stringify([a]) === JSON.stringify([b]));
  });
});
