/**
 * The images of the work in context (issue 4): drop new ones, follow their upload and rendering, and edit each. The
 * list refreshes by itself while an image is waiting for or going through the worker.
 */
import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { FileDropZone } from '../common/FileDropZone';
import { UploadProgressList } from '../common/UploadProgressList';
import type { WorkRecord } from '../works/workRecord';
import { MediaCard } from './MediaCard';
import type { MediaRecord } from './mediaRecord';
import { useImageUploads } from './useImageUploads';

const IMAGE_TYPES = 'image/tiff,image/jpeg,image/png,image/webp,.tif,.tiff';
const WHILE_RENDERING_MS = 2000;
const ALL_IMAGES = { page: 1, perPage: 100 };
const OLDEST_FIRST = { field: 'createdAt', order: 'ASC' } as const;

const rendering = (images: MediaRecord[] | undefined) => images?.some((image) => image.status === 'pending' || image.status === 'processing');

export const WorkImages = () => {
  const work = useRecordContext<WorkRecord>();
  const translate = useTranslate();
  const { uploads, upload, dismiss } = useImageUploads(work?.id);
  const { data: images, isPending, error } = useGetList<MediaRecord>(
    'media',
    { filter: { workId: work?.id }, sort: OLDEST_FIRST, pagination: ALL_IMAGES },
    { enabled: !!work, refetchInterval: (query) => (rendering(query.state.data?.data) ? WHILE_RENDERING_MS : false) },
  );
  return (
    <Stack spacing={2}>
      <FileDropZone onFiles={upload} accept={IMAGE_TYPES} multiple prompt="oc.media.dropHere" formats="oc.media.acceptedFormats" />
      <UploadProgressList uploads={uploads} onDismiss={dismiss} />
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {images?.length === 0 && <Typography color="text.secondary">{translate('oc.media.none')}</Typography>}
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
        {images?.map((image) => (
          <MediaCard key={image.id} image={image} />
        ))}
      </Stack>
    </Stack>
  );
};
