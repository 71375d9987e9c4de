/** A failed job's stack traces, one per attempt, for whoever has to find the cause. */
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { JobRecord } from './jobRecord';

export const JobStacktrace = () => {
  const job = useRecordContext<JobRecord>();
  return (
    <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {job?.stacktrace?.join('\n\n')}
    </Box>
  );
};
