/** A finished import: what it did to how many rows, why it failed if it did, its report to download and the rows it refused. */
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Chip, Stack } from '@mui/material';
import { ROW_OUTCOMES } from '@oc/domain';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import { saveBlob } from '../common/saveBlob';
import type { ImportRecord } from './importRecord';
import { RejectedRows } from './RejectedRows';

const COLOURS = { created: 'success', updated: 'info', unchanged: 'default', rejected: 'error' } as const;

export const ImportOutcome = ({ anImport }: { anImport: ImportRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<OcDataProvider>();
  const notify = useNotify();
  const download = () =>
    dataProvider.getImportReport(anImport.id).then(
      (report) => saveBlob(report, `${anImport.fileName.replace(/\.csv$/i, '')}-report.csv`),
      (error: Error) => notify(error.message, { type: 'error' }),
    );
  return (
    <Stack spacing={2}>
      {anImport.error && <Alert severity="error">{anImport.error}</Alert>}
      <Stack direction="row" spacing={1} aria-label={translate('oc.imports.counts')}>
        {ROW_OUTCOMES.map((outcome) => (
          <Chip key={outcome} color={COLOURS[outcome]} label={`${translate(`oc.imports.outcomes.${outcome}`)} : ${anImport.counts[outcome]}`} />
        ))}
      </Stack>
      {anImport.reportUrl && (
        <Stack direction="row">
          <Button label="oc.imports.downloadReport" onClick={download}>
            <DownloadIcon />
          </Button>
        </Stack>
      )}
      {anImport.reportUrl && anImport.counts.rejected > 0 && <RejectedRows anImport={anImport} />}
    </Stack>
  );
};
