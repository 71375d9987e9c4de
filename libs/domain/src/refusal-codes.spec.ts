import { isRefusalCode, REFUSAL_CODES } from './refusal-codes';

describe('isRefusalCode', () => {
  it('knows the coded refusals and nothing else', () => {
    expect(REFUSAL_CODES.every(isRefusalCode)).toBe(true);
    for (const other of ['forbidden', 'STALE_VERSION', '', null, undefined, 403]) expect(isRefusalCode(other)).toBe(false);
  });
});
