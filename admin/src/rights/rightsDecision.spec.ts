import type { RightsAssessment } from '@oc/domain';
import type { WorkRecord } from '../works/workRecord';
import { departsFromAssessment, rightsFormErrors, rightsFormValues, toRightsPayload, type RightsFormValues } from './rightsDecision';

const decided: WorkRecord['rights'] = {
  status: 'public_domain',
  licence: 'CC0',
  overrideReason: null,
  creditLine: 'CC0 Paris Musées / Petit Palais',
  usRationale: null,
  photoLicenceConfirmed: false,
  decidedBy: 'u2',
  decidedByEmail: 'rights@example.org',
  decidedAt: '2026-11-20T10:00:00.000Z',
};
const proposal: NonNullable<WorkRecord['rightsProposal']> = {
  status: 'in_copyright',
  licence: 'all_rights_reserved',
  overrideReason: 'Héritiers connus',
  creditLine: null,
  usRationale: null,
  photoLicenceConfirmed: false,
  proposedBy: 'u1',
  proposedByEmail: 'registrar@example.org',
  proposedAt: '2026-11-25T10:00:00.000Z',
};
const values = (overrides: Partial<RightsFormValues>): { rights: RightsFormValues } => ({
  rights: { status: 'public_domain', licence: 'CC0', overrideReason: null, creditLine: null, usRationale: null, photoLicenceConfirmed: false, ...overrides },
});
const assessed = (status: RightsAssessment['status']) => ({ status }) as RightsAssessment;

describe('the rights form', () => {
  it('starts from the stored decision, without who decided it', () => {
    expect(rightsFormValues({ rights: decided, rightsProposal: null })).toEqual({
      rights: { status: 'public_domain', licence: 'CC0', overrideReason: null, creditLine: 'CC0 Paris Musées / Petit Palais', usRationale: null, photoLicenceConfirmed: false },
    });
  });

  it('starts from the pending proposal when there is one', () => {
    expect(rightsFormValues({ rights: decided, rightsProposal: proposal }).rights).toEqual({
      status: 'in_copyright',
      licence: 'all_rights_reserved',
      overrideReason: 'Héritiers connus',
      creditLine: null,
      usRationale: null,
      photoLicenceConfirmed: false,
    });
  });

  it('sends the decision with the version it was made on', () => {
    expect(toRightsPayload({ ...values({}).rights, photoLicenceConfirmed: null }, 5)).toEqual({
      status: 'public_domain',
      licence: 'CC0',
      overrideReason: null,
      creditLine: null,
      usRationale: null,
      photoLicenceConfirmed: false,
      version: 5,
    });
  });

  it('accepts CC0 on a public-domain work that the calculator found public domain', () => {
    expect(rightsFormErrors(values({}), assessed('public_domain'))).toEqual({});
  });

  it('needs a status and a licence', () => {
    expect(rightsFormErrors(values({ status: null, licence: null }), undefined)).toEqual({
      rights: { status: 'ra.validation.required', licence: 'ra.validation.required' },
    });
  });

  it('refuses CC0 without the public-domain status', () => {
    expect(rightsFormErrors(values({ status: 'unknown' }), assessed('unknown'))).toEqual({ rights: { licence: 'oc.rights.cc0NeedsPublicDomain' } });
  });

  it('asks for a reason when the decision departs from the calculator, and accepts one', () => {
    expect(rightsFormErrors(values({ overrideReason: '  ' }), assessed('unknown'))).toEqual({ rights: { overrideReason: 'oc.rights.overrideReasonRequired' } });
    expect(rightsFormErrors(values({ overrideReason: 'Date de décès trouvée aux archives de Paris' }), assessed('unknown'))).toEqual({});
  });

  it('has nothing to compare before the assessment has loaded or a status is chosen', () => {
    expect(departsFromAssessment({ status: 'in_copyright' }, undefined)).toBe(false);
    expect(departsFromAssessment({ status: null }, assessed('public_domain'))).toBe(false);
  });
});
