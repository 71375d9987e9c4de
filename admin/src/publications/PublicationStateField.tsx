/**
 * A publication's state as a coloured chip, so that a rights manager sees at a glance which targets have the work
 * (green), which failed (red) and which are still on their way.
 */
import { Chip, type ChipProps } from '@mui/material';
import type { PublicationState } from '@oc/domain';
import { useRecordContext, useTranslate } from 'react-admin';

const COLOUR: Record<PublicationState, ChipProps['color']> = {
  pending: 'default',
  pushing: 'info',
  succeeded: 'success',
  failed: 'error',
  withdrawn: 'warning',
};

// `source`, `label` and `sortable` are read by the Datagrid for the column header.
export const PublicationStateField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ state?: PublicationState }>();
  const translate = useTranslate();
  if (!record?.state) return null;
  return <Chip size="small" color={COLOUR[record.state]} label={translate(`oc.publications.states.${record.state}`)} data-state={record.state} />;
};
