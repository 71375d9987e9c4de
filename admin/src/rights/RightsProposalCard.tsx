/** A registrar's rights proposal waiting for a rights manager's decision. */
import { Card, CardContent, CardHeader } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDateFormats } from '../common/useDateFormats';
import type { WorkRecord } from '../works/workRecord';
import { RightsFields } from './RightsFields';

export const RightsProposalCard = () => {
  const work = useRecordContext<WorkRecord>();
  const translate = useTranslate();
  const { formatInstant } = useDateFormats();
  if (!work?.rightsProposal) return null;
  const { proposedByEmail, proposedAt } = work.rightsProposal;
  return (
    <Card variant="outlined" sx={{ borderColor: 'warning.main' }}>
      <CardHeader
        title={translate('oc.rights.proposalTitle')}
        subheader={translate('oc.rights.proposedBy', { email: proposedByEmail, date: formatInstant(proposedAt) })}
      />
      <CardContent>
        <RightsFields source="rightsProposal" is2D={work.is2D} />
      </CardContent>
    </Card>
  );
};
