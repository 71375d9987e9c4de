/** The uploads under way (a bar per file) and those the API refused, with its reason, until dismissed. */
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface FileUpload {
  key: string;
  fileName: string;
  /** From 0 to 1. */
  sent: number;
  error?: string;
}

export const UploadProgressList = ({ uploads, onDismiss }: { uploads: FileUpload[]; onDismiss: (key: string) => void }) => {
  const translate = useTranslate();
  if (!uploads.length) return null;
  return (
    <Stack spacing={1}>
      {uploads.map((upload) =>
        upload.error ? (
          <Alert key={upload.key} severity="error" onClose={() => onDismiss(upload.key)}>
            {translate('oc.files.uploadRefused', { file: upload.fileName, message: upload.error })}
          </Alert>
        ) : (
          <Box key={upload.key}>
            <Typography variant="body2">
              {translate(upload.sent < 1 ? 'oc.files.uploading' : 'oc.files.storing', { file: upload.fileName, percent: Math.round(upload.sent * 100) })}
            </Typography>
            <LinearProgress
              variant={upload.sent < 1 ? 'determinate' : 'indeterminate'}
              value={upload.sent * 100}
              aria-label={translate('oc.files.uploadProgress', { file: upload.fileName })}
            />
          </Box>
        ),
      )}
    </Stack>
  );
};
