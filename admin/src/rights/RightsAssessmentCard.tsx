/**
 * What the calculator makes of the work today (RIGHTS.md): the status it finds, the day the work enters the public
 * domain in France, Commons and US eligibility, what needs a human look, and every reason, in the user's language.
 */
import type { RightsAssessment } from '@oc/domain';
import { Alert, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDateFormats } from '../common/useDateFormats';
import { useLocalized } from '../common/useLocalized';

export const RightsAssessmentCard = ({ asOf, assessment }: { asOf: string; assessment: RightsAssessment }) => {
  const translate = useTranslate();
  const localized = useLocalized();
  const { formatDay } = useDateFormats();
  const yesNo = (value: boolean) => translate(value ? 'oc.yes' : 'oc.no');
  return (
    <Card variant="outlined" aria-label={translate('oc.rights.assessmentTitle')}>
      <CardHeader title={translate('oc.rights.assessmentTitle')} subheader={translate('oc.rights.asOf', { date: formatDay(asOf) })} />
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <Chip color={assessment.status === 'public_domain' ? 'success' : 'default'} label={translate(`oc.rightsStatuses.${assessment.status}`)} />
          <Chip
            variant="outlined"
            label={
              assessment.publicDomainDate
                ? translate('oc.rights.publicDomainDate', { date: formatDay(assessment.publicDomainDate) })
                : translate('oc.rights.publicDomainDateUnknown')
            }
          />
          <Chip variant="outlined" label={translate('oc.rights.commonsEligible', { answer: yesNo(assessment.commonsEligible) })} />
          <Chip variant="outlined" label={translate('oc.rights.usPublicDomain', { answer: yesNo(assessment.usPublicDomain) })} />
          {assessment.commonsLicenceTemplate && <Chip variant="outlined" sx={{ fontFamily: 'monospace' }} label={assessment.commonsLicenceTemplate} />}
        </Stack>
        {assessment.needsManualReview && <Alert severity="warning" sx={{ mb: 1 }}>{translate('oc.rights.needsManualReview')}</Alert>}
        {assessment.needsPhotoLicenceConfirmation && <Alert severity="info" sx={{ mb: 1 }}>{translate('oc.rights.needsPhotoLicenceConfirmation')}</Alert>}
        <Typography variant="subtitle2">{translate('oc.rights.reasons')}</Typography>
        <ol style={{ marginTop: 4 }}>
          {assessment.reasons.map((reason, index) => (
            <li key={index}>
              <Typography variant="body2">{localized(reason)}</Typography>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
};
