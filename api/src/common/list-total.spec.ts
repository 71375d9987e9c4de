import { settleTotal } from './list-total';

describe('settleTotal', () => {
  it.each([
    ['an exact total is kept', { value: 40, exact: true }, 0, 25, 25, 40],
    ['an estimate stands while pages are full', { value: 17_600, exact: false }, 0, 25, 25, 17_600],
    ['a short page is the end: the total becomes exact', { value: 17_600, exact: false }, 19_725, 25, 3, 19_728],
    ['a full page past a low estimate leaves one more page to ask for', { value: 17_600, exact: false }, 17_600, 25, 25, 17_626],
    ['an empty page past the end keeps the estimate', { value: 17_600, exact: false }, 30_000, 25, 0, 17_600],
  ])('%s', (_label, total, offset, limit, rows, expected) => {
    expect(settleTotal(total, offset, limit, rows)).toBe(expected);
  });
});
