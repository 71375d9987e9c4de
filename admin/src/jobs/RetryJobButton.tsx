/** Sends the failed job in context back to work; it runs again with the same payload. */
import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useDataProvider, useRecordContext, type Identifier } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import type { JobRecord } from './jobRecord';
import { useQueueAction } from './useQueueAction';

export const RetryJobButton = () => {
  const job = useRecordContext<JobRecord>();
  const dataProvider = useDataProvider<OcDataProvider>();
  const { mutate, isPending } = useQueueAction((id: Identifier) => dataProvider.retryJob(id), 'oc.jobs.retried');
  if (job?.state !== 'failed') return null;
  return (
    <Button label="oc.jobs.retry" onClick={() => mutate(job.id)} disabled={isPending}>
      <ReplayIcon />
    </Button>
  );
};
