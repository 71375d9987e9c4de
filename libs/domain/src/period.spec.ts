import { yearsInOrder } from './period';

describe('yearsInOrder', () => {
  it.each([
    [1900, 1905, true],
    [1900, 1900, true],
    [1905, 1900, false],
    [-50, -100, false],
    [null, 1800, true],
    [1800, undefined, true],
  ])('%p to %p: %p', (start, end, expected) => expect(yearsInOrder(start, end)).toBe(expected));
});
