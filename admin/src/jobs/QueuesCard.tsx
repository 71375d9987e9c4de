/**
 * Every queue with its job counts (waiting, active, delayed, failed, completed), whether it is paused, and the
 * actions on the whole queue; bull-board, the full queue dashboard, is a link away (it reads the login's cookie).
 */
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Button, Card, CardHeader, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { JOB_COUNTS, JOBS_REFRESH_MS, type JobCount, type QueueRecord } from './jobRecord';
import { QueuePauseButton } from './QueuePauseButton';
import { RetryFailedJobsButton } from './RetryFailedJobsButton';

const BULL_BOARD_URL = '/admin/queues';

/** A paused queue keeps its waiting jobs in BullMQ's `paused` list: they are waiting all the same. */
const countOf = (queue: QueueRecord, count: JobCount) => (queue.counts[count] ?? 0) + (count === 'waiting' ? (queue.counts.paused ?? 0) : 0);

export const QueuesCard = () => {
  const translate = useTranslate();
  const { data: queues, isPending, error } = useGetList<QueueRecord>('queues', {}, { refetchInterval: JOBS_REFRESH_MS });
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader
        title={translate('oc.jobs.queues')}
        action={
          <Button href={BULL_BOARD_URL} target="_blank" rel="noopener" startIcon={<OpenInNewIcon />}>
            {translate('oc.jobs.bullBoard')}
          </Button>
        }
      />
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      <Table size="small" aria-label={translate('oc.jobs.queues')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('oc.jobs.queue')}</TableCell>
            {JOB_COUNTS.map((count) => (
              <TableCell key={count} align="right">
                {translate(`oc.jobs.states.${count}`)}
              </TableCell>
            ))}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {queues?.map((queue) => (
            <TableRow key={queue.id}>
              <TableCell component="th" scope="row">
                {queue.name} {queue.paused && <Chip size="small" color="warning" label={translate('oc.jobs.isPaused')} />}
              </TableCell>
              {JOB_COUNTS.map((count) => (
                <TableCell key={count} align="right" sx={count === 'failed' && queue.counts.failed ? { color: 'error.main', fontWeight: 'bold' } : undefined}>
                  {countOf(queue, count)}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <QueuePauseButton queue={queue} />
                <RetryFailedJobsButton queue={queue} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
};
