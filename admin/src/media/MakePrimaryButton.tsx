/** Makes this image the work's primary one: the image lists show and approval and publication use. */
import StarBorderIcon from '@mui/icons-material/StarBorder';
import { Button, useNotify, useRefresh, useUpdate } from 'react-admin';
import type { MediaRecord } from './mediaRecord';

export const MakePrimaryButton = ({ image }: { image: MediaRecord }) => {
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const makePrimary = () =>
    update(
      'media',
      { id: image.id, data: { isPrimary: true, version: image.version }, previousData: image },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('oc.media.primaryChosen', { type: 'success' });
          refresh();
        },
        onError: (error) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
      },
    );
  return (
    <Button label="oc.media.makePrimary" onClick={makePrimary} disabled={isPending}>
      <StarBorderIcon />
    </Button>
  );
};
