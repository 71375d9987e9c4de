import { derivativeAllowed, derivativesFor, isDerivativeKind } from './media';

describe('which derivatives a work may have', () => {
  const cc0 = { status: 'public_domain', licence: 'CC0' } as const;
  it.each([
    ['public domain, CC0', cc0, ['thumb', 'web', 'web_webp', 'lowdef', 'hd', 'tiles']],
    ['public domain, all rights reserved', { status: 'public_domain', licence: 'all_rights_reserved' }, ['thumb', 'web', 'web_webp', 'lowdef']],
    ['in copyright', { status: 'in_copyright', licence: 'all_rights_reserved' }, ['thumb', 'web', 'web_webp', 'lowdef']],
    ['CC0 without a public-domain status', { status: 'unknown', licence: 'CC0' }, ['thumb', 'web', 'web_webp', 'lowdef']],
    ['no rights decision yet', { status: null, licence: null }, ['thumb', 'web', 'web_webp', 'lowdef']],
  ] as const)('%s', (_name, rights, kinds) => {
    expect(derivativesFor(rights)).toEqual(kinds);
  });

  it('never lets HD or tiles out of a work that is not CC0', () => {
    expect(derivativeAllowed('hd', { status: 'in_copyright', licence: null })).toBe(false);
    expect(derivativeAllowed('tiles', { status: 'unknown', licence: 'CC0' })).toBe(false);
    expect(derivativeAllowed('lowdef', { status: 'in_copyright', licence: null })).toBe(true);
    expect(derivativeAllowed('tiles', cc0)).toBe(true);
  });

  it('recognises kinds', () => {
    expect(isDerivativeKind('web_webp')).toBe(true);
    expect(isDerivativeKind('original')).toBe(false);
  });
});
