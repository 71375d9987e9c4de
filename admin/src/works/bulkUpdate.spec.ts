import { toBulkChanges } from './bulkUpdate';

describe('toBulkChanges', () => {
  it('sends only what the form sets', () => {
    expect(toBulkChanges({ museumId: 'm1', objectType: null, keywordsToAdd: [], proposedStatus: null, proposedLicence: null })).toEqual({
      changes: { museumId: 'm1' },
    });
  });

  it('adds and removes keywords, blank ones left out', () => {
    expect(toBulkChanges({ keywordsToAdd: ['Seine', ' '], keywordsToRemove: ['hiver'] })).toEqual({
      changes: { keywords: { add: ['Seine'], remove: ['hiver'] } },
    });
    expect(toBulkChanges({ keywordsToRemove: ['hiver'] })).toEqual({ changes: { keywords: { remove: ['hiver'] } } });
  });

  it('proposes rights only with both a status and a licence', () => {
    expect(toBulkChanges({ proposedStatus: 'public_domain', proposedLicence: 'CC0' })).toEqual({
      changes: { proposedRights: { status: 'public_domain', licence: 'CC0' } },
    });
    expect(toBulkChanges({ museumId: 'm1', proposedStatus: 'public_domain' })).toEqual({ problem: 'oc.bulkEdit.rightsNeedBoth' });
    expect(toBulkChanges({ proposedLicence: 'CC0' })).toEqual({ problem: 'oc.bulkEdit.rightsNeedBoth' });
  });

  it('has nothing to send for an empty form', () => {
    expect(toBulkChanges({})).toEqual({ problem: 'oc.bulkEdit.nothingToChange' });
    expect(toBulkChanges({ keywordsToAdd: [''] })).toEqual({ problem: 'oc.bulkEdit.nothingToChange' });
  });
});
