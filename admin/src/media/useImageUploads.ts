/**
 * Uploads the files dropped on a work, one after the other (each is streamed and hashed by the API), keeping for
 * each its progress or the API's refusal (a duplicate names the work that has it). A finished upload leaves the
 * list and reloads the page, whose images, primary image and warnings have changed.
 */
import { useRef, useState } from 'react';
import { useDataProvider, useRefresh, type Identifier } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import type { FileUpload } from '../common/UploadProgressList';

export function useImageUploads(workId: Identifier | undefined) {
  const dataProvider = useDataProvider<OcDataProvider>();
  const refresh = useRefresh();
  const [uploads, setUploads] = useState<FileUpload[]>([]);
  const count = useRef(0);
  const change = (key: string, patch: Partial<FileUpload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)));
  const forget = (key: string) => setUploads((current) => current.filter((upload) => upload.key !== key));

  const upload = async (files: File[]) => {
    if (workId === undefined) return;
    const queued = files.map((file) => ({ file, key: `upload-${++count.current}` }));
    setUploads((current) => [...current, ...queued.map(({ file, key }) => ({ key, fileName: file.name, sent: 0 }))]);
    for (const { file, key } of queued) {
      try {
        await dataProvider.uploadMedia(workId, file, (sent) => change(key, { sent }));
        forget(key);
        refresh();
      } catch (error) {
        change(key, { error: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  return { uploads, upload, dismiss: forget };
}
