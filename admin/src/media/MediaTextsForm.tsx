/** An image's caption and photographer credit, saved with the version the user sees (a stale one is the API's 409). */
import { Form, maxLength, SaveButton, TextInput, useNotify, useRefresh, useUpdate } from 'react-admin';
import { MEDIA_TEXT_LIMITS } from '@oc/domain';
import type { MediaRecord } from './mediaRecord';

interface MediaTexts {
  caption: string | null;
  photographerCredit: string | null;
}

export const MediaTextsForm = ({ image }: { image: MediaRecord }) => {
  const [update] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const save = (values: Partial<MediaTexts>) =>
    update(
      'media',
      { id: image.id, data: { caption: values.caption ?? null, photographerCredit: values.photographerCredit ?? null, version: image.version }, previousData: image },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('oc.media.saved', { type: 'success' });
          refresh();
        },
        onError: (error) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
      },
    );
  return (
    <Form record={image} onSubmit={save}>
      <TextInput source="caption" validate={maxLength(MEDIA_TEXT_LIMITS.caption)} multiline fullWidth helperText={false} />
      <TextInput source="photographerCredit" validate={maxLength(MEDIA_TEXT_LIMITS.photographerCredit)} fullWidth helperText="oc.media.creditHelp" />
      <SaveButton variant="text" />
    </Form>
  );
};
