import { publicationTargets } from './publication';

const cc0 = { status: 'public_domain' as const, licence: 'CC0' as const, usRationale: null };
const reserved = { status: 'in_copyright' as const, licence: 'all_rights_reserved' as const, usRationale: null };
const both = ['portal', 'commons'] as const;

describe('publicationTargets', () => {
  it.each([
    ['CC0 and Commons-eligible: both targets', cc0, true, both, ['portal', 'commons']],
    ['CC0 but not public domain in the US: portal only', cc0, false, both, ['portal']],
    ['CC0 with a US rationale recorded: both', { ...cc0, usRationale: 'unpublished, author died > 70 years ago' }, false, both, ['portal', 'commons']],
    ['under copyright: portal only, never Commons', reserved, true, both, ['portal']],
    ['public domain without CC0: portal only', { ...cc0, licence: 'all_rights_reserved' as const }, true, both, ['portal']],
    ['only Commons configured, work under copyright: nowhere', reserved, true, ['commons'] as const, []],
    ['nothing configured: nowhere', cc0, true, [] as const, []],
  ])('%s', (_name, rights, eligible, configured, expected) => {
    expect(publicationTargets(rights, eligible, configured)).toEqual(expected);
  });
});
