/** Pauses a queue (workers finish the jobs in hand and take no new ones) or resumes it. */
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Button, useDataProvider } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import type { QueueRecord } from './jobRecord';
import { useQueueAction } from './useQueueAction';

export const QueuePauseButton = ({ queue }: { queue: QueueRecord }) => {
  const dataProvider = useDataProvider<OcDataProvider>();
  const pause = useQueueAction((name: string) => dataProvider.pauseQueue(name), 'oc.jobs.paused');
  const resume = useQueueAction((name: string) => dataProvider.resumeQueue(name), 'oc.jobs.resumed');
  const { mutate, isPending } = queue.paused ? resume : pause;
  return (
    <Button label={queue.paused ? 'oc.jobs.resume' : 'oc.jobs.pause'} onClick={() => mutate(queue.name)} disabled={isPending}>
      {queue.paused ? <PlayArrowIcon /> : <PauseIcon />}
    </Button>
  );
};
