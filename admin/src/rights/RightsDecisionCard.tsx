/** The rights decision stored on the work: who took it and when. */
import { Card, CardContent, CardHeader } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDateFormats } from '../common/useDateFormats';
import type { WorkRecord } from '../works/workRecord';
import { RightsFields } from './RightsFields';

export const RightsDecisionCard = () => {
  const work = useRecordContext<WorkRecord>();
  const translate = useTranslate();
  const { formatInstant } = useDateFormats();
  if (!work) return null;
  const { status, licence, decidedAt, decidedByEmail } = work.rights;
  const decided = status !== null || licence !== null;
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('oc.rights.decisionTitle')}
        subheader={decided ? decidedAt && translate('oc.rights.decidedAt', { date: formatInstant(decidedAt), who: decidedByEmail ?? '—' }) : translate('oc.rights.noDecision')}
      />
      {decided && (
        <CardContent>
          <RightsFields source="rights" is2D={work.is2D} />
        </CardContent>
      )}
    </Card>
  );
};
