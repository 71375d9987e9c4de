/** The step an import is at: its mapping to review and run, its progress while the worker applies it, its outcome. */
import { Card, CardContent, CardHeader, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { importInProgress, type ImportRecord } from './importRecord';
import { ImportOutcome } from './ImportOutcome';
import { ImportProgress } from './ImportProgress';
import { MappingEditor } from './MappingEditor';

export const ImportSteps = () => {
  const anImport = useRecordContext<ImportRecord>();
  const translate = useTranslate();
  if (!anImport) return null;
  return (
    <Card>
      <CardHeader
        title={anImport.fileName}
        subheader={`${translate(`oc.imports.statuses.${anImport.status}`)} · ${translate('oc.imports.fileFacts', {
          kilobytes: Math.ceil(anImport.bytes / 1024),
          columns: anImport.headers.length,
          delimiter: anImport.delimiter,
        })}`}
      />
      <CardContent>
        <Stack spacing={2}>
          {anImport.status === 'uploaded' && <MappingEditor anImport={anImport} />}
          {importInProgress(anImport) && <ImportProgress anImport={anImport} />}
          {(anImport.status === 'succeeded' || anImport.status === 'failed') && <ImportOutcome anImport={anImport} />}
        </Stack>
      </CardContent>
    </Card>
  );
};
