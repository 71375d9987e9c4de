/** The API's data-quality warnings on a work, in the reader's language; they never block a save. */
import type { Work } from '@oc/domain';
import { Alert, Stack } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';

export const WorkWarnings = () => {
  const work = useRecordContext<Work>();
  const [locale] = useLocaleState();
  if (!work?.warnings?.length) return null;
  return (
    <Stack spacing={1} sx={{ p: 2 }}>
      {work.warnings.map((warning, index) => (
        <Alert key={index} severity="warning">
          {locale === 'en' ? warning.message.en : warning.message.fr}
        </Alert>
      ))}
    </Stack>
  );
};
