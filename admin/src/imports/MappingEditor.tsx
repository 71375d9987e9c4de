/**
 * The header mapping before an import runs: each column of the file and the notice column it feeds (or none), as the
 * API proposed it, changeable; libs/domain's own check says what is wrong (a column fed twice, a required one not fed)
 * before anything is sent.
 */
import { mappingErrors } from '@oc/domain';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, MenuItem, Select, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import { useLocalized } from '../common/useLocalized';
import type { ImportRecord } from './importRecord';

/** The select's value for "feeds no column" (a select cannot hold null). */
const IGNORED = '';

export const MappingEditor = ({ anImport }: { anImport: ImportRecord }) => {
  const translate = useTranslate();
  const localized = useLocalized();
  const dataProvider = useDataProvider<OcDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [mapping, setMapping] = useState(anImport.mapping);
  const errors = mappingErrors(anImport.headers, mapping);
  const { mutate: run, isPending } = useMutation({
    mutationFn: () => dataProvider.runImport(anImport.id, mapping),
    onSuccess: () => {
      notify('oc.imports.started', { type: 'info' });
      refresh();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const missing = anImport.columns.filter((column) => column.required && errors[column.name]);
  return (
    <Stack spacing={2}>
      <Table size="small" aria-label={translate('oc.imports.mapping')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('oc.imports.fileColumn')}</TableCell>
            <TableCell>{translate('oc.imports.noticeColumn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {anImport.headers.map((header) => (
            <TableRow key={header}>
              <TableCell component="th" scope="row">
                {header}
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  value={mapping[header] ?? IGNORED}
                  onChange={(event) => setMapping({ ...mapping, [header]: event.target.value || null })}
                  error={!!errors[header]}
                  inputProps={{ 'aria-label': header }}
                  displayEmpty
                  sx={{ minWidth: 320 }}
                >
                  <MenuItem value={IGNORED}>
                    <em>{translate('oc.imports.ignored')}</em>
                  </MenuItem>
                  {anImport.columns.map((column) => (
                    <MenuItem key={column.name} value={column.name}>
                      {localized(column.label)}
                      {column.required ? ' *' : ''}
                    </MenuItem>
                  ))}
                </Select>
                {errors[header] && (
                  <Alert severity="error" sx={{ mt: 0.5 }}>
                    {errors[header]}
                  </Alert>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {missing.length > 0 && (
        <Alert severity="error">{translate('oc.imports.requiredMissing', { columns: missing.map((column) => localized(column.label)).join(', ') })}</Alert>
      )}
      <Stack direction="row">
        <Button label="oc.imports.run" variant="contained" onClick={() => run()} disabled={isPending || Object.keys(errors).length > 0}>
          <PlayArrowIcon />
        </Button>
      </Stack>
    </Stack>
  );
};
