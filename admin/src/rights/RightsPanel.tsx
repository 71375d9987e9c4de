/**
 * The work's rights (issue 3): the calculator's advice beside the stored decision and any pending proposal, and the
 * form to decide or to propose.
 */
import { Alert, LinearProgress, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { WorkRecord } from '../works/workRecord';
import { RightsAssessmentCard } from './RightsAssessmentCard';
import { RightsDecisionCard } from './RightsDecisionCard';
import { RightsForm } from './RightsForm';
import { RightsProposalCard } from './RightsProposalCard';
import { useRightsAssessment } from './useRightsAssessment';

export const RightsPanel = () => {
  const work = useRecordContext<WorkRecord>();
  const translate = useTranslate();
  const { data, error, isPending } = useRightsAssessment(work?.id);
  return (
    <Stack spacing={2}>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate('oc.rights.assessmentFailed', { message: error.message })}</Alert>}
      {data && <RightsAssessmentCard asOf={data.asOf} assessment={data.assessment} />}
      <RightsDecisionCard />
      <RightsProposalCard />
      <RightsForm assessment={data?.assessment} />
    </Stack>
  );
};
