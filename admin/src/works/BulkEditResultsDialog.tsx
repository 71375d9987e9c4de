/** What a bulk edit did to each selected work: updated, unchanged, or why it was refused. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import { useTranslate } from 'react-admin';
import { ResultsDialog } from '../common/ResultsDialog';
import type { BulkUpdateResult } from './bulkUpdate';

export interface TitledResult extends BulkUpdateResult {
  title: string;
}

const ICONS = {
  updated: <CheckCircleIcon color="success" />,
  unchanged: <RemoveCircleOutlineIcon color="disabled" />,
  not_found: <ErrorIcon color="error" />,
  rejected: <ErrorIcon color="error" />,
};

export const BulkEditResultsDialog = ({ results, onClose }: { results: TitledResult[] | null; onClose: () => void }) => {
  const translate = useTranslate();
  const updated = results?.filter((result) => result.status === 'updated').length ?? 0;
  return (
    <ResultsDialog
      open={results !== null}
      title={translate('oc.bulkEdit.results', { updated, total: results?.length ?? 0 })}
      listLabel={translate('oc.bulkEdit.resultsList')}
      rows={(results ?? []).map((result) => ({
        id: String(result.id),
        title: result.title,
        icon: ICONS[result.status],
        detail: [translate(`oc.bulkEdit.outcomes.${result.status}`), result.message].filter(Boolean).join(' — '),
      }))}
      onClose={onClose}
    />
  );
};
