/**
 * The rows an import refused, read from its per-row report (the CSV the API keeps): line, museum and inventory
 * number, the file's column at fault and why. The first ones only: the downloadable report has them all.
 */
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { parse } from 'csv-parse/browser/esm/sync';
import { useDataProvider, useTranslate } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import type { ImportRecord } from './importRecord';

const SHOWN = 200;

interface ReportLine {
  line: string;
  outcome: string;
  museum: string;
  inventory_number: string;
  column: string;
  reason: string;
}

export const RejectedRows = ({ anImport }: { anImport: ImportRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<OcDataProvider>();
  const { data: rejected, error } = useQuery({
    queryKey: ['imports', 'rejected', anImport.id],
    queryFn: async () => {
      const lines: ReportLine[] = parse(await (await dataProvider.getImportReport(anImport.id)).text(), { columns: true, bom: true, delimiter: ';' });
      return lines.filter((row) => row.outcome === 'rejected').slice(0, SHOWN);
    },
  });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!rejected) return null;
  return (
    <>
      <Typography variant="subtitle1">{translate('oc.imports.rejectedRows', { shown: rejected.length, total: anImport.counts.rejected })}</Typography>
      <Table size="small" aria-label={translate('oc.imports.rejectedRowsTable')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('oc.imports.line')}</TableCell>
            <TableCell>{translate('resources.works.fields.museumId')}</TableCell>
            <TableCell>{translate('resources.works.fields.inventoryNumber')}</TableCell>
            <TableCell>{translate('oc.imports.fileColumn')}</TableCell>
            <TableCell>{translate('oc.imports.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rejected.map((row) => (
            <TableRow key={row.line}>
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.museum}</TableCell>
              <TableCell>{row.inventory_number}</TableCell>
              <TableCell>{row.column}</TableCell>
              <TableCell>{row.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
