/** The uploads under way (a bar per file) and those the API refused, with its reason, until dismissed. */
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImageUpload } from './useImageUploads';

export const UploadProgressList = ({ uploads, onDismiss }: { uploads: ImageUpload[]; onDismiss: (key: string) => void }) => {
  const translate = useTranslate();
  if (!uploads.length) return null;
  return (
    <Stack spacing={1}>
      {uploads.map((upload) =>
        upload.error ? (
          <Alert key={upload.key} severity="error" onClose={() => onDismiss(upload.key)}>
            {translate('oc.media.uploadRefused', { file: upload.fileName, message: upload.error })}
          </Alert>
        ) : (
          <Box key={upload.key}>
            <Typography variant="body2">
              {translate(upload.sent < 1 ? 'oc.media.uploading' : 'oc.media.storing', { file: upload.fileName, percent: Math.round(upload.sent * 100) })}
            </Typography>
            <LinearProgress
              variant={upload.sent < 1 ? 'determinate' : 'indeterminate'}
              value={upload.sent * 100}
              aria-label={translate('oc.media.uploadProgress', { file: upload.fileName })}
            />
          </Box>
        ),
      )}
    </Stack>
  );
};
