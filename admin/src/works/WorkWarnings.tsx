/** The API's data-quality warnings on a work, in the reader's language; they never block a save. */
import type { Work } from '@oc/domain';
import { Alert, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useLocalized } from '../common/useLocalized';

export const WorkWarnings = () => {
  const work = useRecordContext<Work>();
  const localized = useLocalized();
  if (!work?.warnings?.length) return null;
  return (
    <Stack spacing={1} sx={{ p: 2 }}>
      {work.warnings.map((warning, index) => (
        <Alert key={index} severity="warning">
          {localized(warning.message)}
        </Alert>
      ))}
    </Stack>
  );
};
