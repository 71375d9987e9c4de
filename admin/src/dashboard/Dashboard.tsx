/**
 * The home page (issue 6): works per workflow state and per rights status (each a link to the works list so
 * filtered), failed jobs, and today's scheduled publications.
 */
import { RIGHTS_STATUSES, WORKFLOW_STATES } from '@oc/domain';
import { Alert, LinearProgress, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { CountsCard } from './CountsCard';
import { FailedJobsCard } from './FailedJobsCard';
import { ScheduledTodayCard } from './ScheduledTodayCard';
import { useDashboard } from './useDashboard';
import { worksListUrl } from './worksListUrl';

/** Works with no rights decision yet; the works list has no filter for them. */
const UNDECIDED = 'undecided';

export const Dashboard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboard();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="oc.dashboard.title" />
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && (
        <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <CountsCard
            title={translate('oc.dashboard.worksByState')}
            rows={WORKFLOW_STATES.map((state) => ({
              key: state,
              label: translate(`oc.workflowStates.${state}`),
              count: data.worksByState[state] ?? 0,
              to: worksListUrl({ workflowState: state }),
            }))}
          />
          <CountsCard
            title={translate('oc.dashboard.worksByRights')}
            rows={[
              ...RIGHTS_STATUSES.map((status) => ({
                key: status,
                label: translate(`oc.rightsStatuses.${status}`),
                count: data.worksByRights[status] ?? 0,
                to: worksListUrl({ rightsStatus: status }),
              })),
              { key: UNDECIDED, label: translate('oc.dashboard.undecided'), count: data.worksByRights[UNDECIDED] ?? 0 },
            ]}
          />
          <Stack spacing={2} sx={{ flex: 1, minWidth: 260 }}>
            <FailedJobsCard failed={data.failedJobs} />
            <ScheduledTodayCard publications={data.scheduledToday} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
};
