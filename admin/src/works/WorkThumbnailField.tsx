/** The work's primary image as a small thumbnail, for lists; a placeholder when it has none or it is not rendered yet. */
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { Thumbnail } from '../media/Thumbnail';
import { useDerivativeUrl } from '../media/useDerivativeUrl';
import type { WorkRecord } from './workRecord';

export const WorkThumbnailField = (_props: FieldProps<WorkRecord>) => {
  const work = useRecordContext<WorkRecord>();
  const translate = useTranslate();
  const url = useDerivativeUrl(work?.primaryMediaId, 'thumb');
  return <Thumbnail url={url} alt={translate(work?.primaryMediaId ? 'oc.media.primaryImage' : 'oc.media.noImage')} size={48} />;
};
