/**
 * The first step of an import: the CSV file goes up (with its progress); the API checks it is UTF-8 with a header
 * line and proposes a mapping, which the import's page then shows for review.
 */
import { Card, CardContent, Stack } from '@mui/material';
import { useState } from 'react';
import { Title, useDataProvider, useRedirect } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import { FileDropZone } from '../common/FileDropZone';
import { UploadProgressList, type FileUpload } from '../common/UploadProgressList';

export const ImportUpload = () => {
  const dataProvider = useDataProvider<OcDataProvider>();
  const redirect = useRedirect();
  const [upload, setUpload] = useState<FileUpload | null>(null);
  const send = async ([file]: File[]) => {
    setUpload({ key: file.name, fileName: file.name, sent: 0 });
    try {
      const created = await dataProvider.uploadImport(file, (sent) => setUpload({ key: file.name, fileName: file.name, sent }));
      redirect('show', 'imports', created.id);
    } catch (error) {
      setUpload({ key: file.name, fileName: file.name, sent: 0, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="oc.imports.uploadTitle" />
      <CardContent>
        <Stack spacing={2}>
          <FileDropZone onFiles={send} accept=".csv,text/csv" prompt="oc.imports.dropHere" formats="oc.imports.format" />
          <UploadProgressList uploads={upload ? [upload] : []} onDismiss={() => setUpload(null)} />
        </Stack>
      </CardContent>
    </Card>
  );
};
