/** Sends every failed job of a queue back to work at once. */
import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useDataProvider } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import type { QueueRecord } from './jobRecord';
import { useQueueAction } from './useQueueAction';

export const RetryFailedJobsButton = ({ queue }: { queue: QueueRecord }) => {
  const dataProvider = useDataProvider<OcDataProvider>();
  const { mutate, isPending } = useQueueAction((name: string) => dataProvider.retryFailedJobs(name), 'oc.jobs.retriedAll');
  return (
    <Button label="oc.jobs.retryAllFailed" onClick={() => mutate(queue.name)} disabled={isPending || !queue.counts.failed}>
      <ReplayIcon />
    </Button>
  );
};
