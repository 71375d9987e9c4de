/** Deletes an image after confirmation; its files are purged by the worker, and another image becomes primary. */
import { DeleteWithConfirmButton, useNotify, useRefresh } from 'react-admin';
import type { MediaRecord } from './mediaRecord';

export const DeleteImageButton = ({ image }: { image: MediaRecord }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <DeleteWithConfirmButton
      record={image}
      resource="media"
      mutationMode="pessimistic"
      redirect={false}
      confirmTitle="oc.media.deleteTitle"
      confirmContent="oc.media.deleteContent"
      mutationOptions={{
        onSuccess: () => {
          notify('oc.media.deleted', { type: 'info' });
          refresh();
        },
      }}
    />
  );
};
