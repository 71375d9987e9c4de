/** An import waiting for the worker or running: how many rows are done, out of how many. */
import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportRecord } from './importRecord';

export const ImportProgress = ({ anImport }: { anImport: ImportRecord }) => {
  const translate = useTranslate();
  const { processed, total, percent } = anImport.progress;
  const label = anImport.status === 'queued' ? translate('oc.imports.waiting') : translate('oc.imports.rowsDone', { processed, total: total ?? '…' });
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <LinearProgress
        variant={anImport.status === 'running' ? 'determinate' : 'indeterminate'}
        value={percent}
        aria-label={translate('oc.imports.progress')}
      />
    </Box>
  );
};
