/** Where an image is in its processing: waiting, being rendered, ready, or failed. */
import type { MediaStatus } from '@oc/domain';
import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

const COLOURS = { pending: 'default', processing: 'info', ready: 'success', failed: 'error' } as const;

export const MediaStatusChip = ({ status }: { status: MediaStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOURS[status]} label={translate(`oc.media.statuses.${status}`)} />;
};
