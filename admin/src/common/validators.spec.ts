import { notBefore } from './validators';

describe('notBefore', () => {
  const endOfDating = notBefore('dating.startYear');

  it.each([
    [1880, { dating: { startYear: 1881 } }, { message: 'oc.validation.notBefore', args: { start: 1881 } }],
    [-100, { dating: { startYear: -50 } }, { message: 'oc.validation.notBefore', args: { start: -50 } }],
    [1881, { dating: { startYear: 1881 } }, undefined],
    [1890, { dating: { startYear: 1881 } }, undefined],
    [1880, { dating: { startYear: null } }, undefined],
    [1880, { dating: {} }, undefined],
    [1880, {}, undefined],
    [null, { dating: { startYear: 1881 } }, undefined],
  ])('end %p with %j: %j', (value, values, expected) => expect(endOfDating(value, values)).toEqual(expected));

  it('reads a top-level start, as the list filters name them', () => {
    expect(notBefore('dateFrom')(1800, { dateFrom: 1900 })).toEqual({ message: 'oc.validation.notBefore', args: { start: 1900 } });
    expect(notBefore('dateFrom')(1900, { dateFrom: 1800 })).toBeUndefined();
  });
});
