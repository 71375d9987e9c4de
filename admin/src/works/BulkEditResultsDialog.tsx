/** What a bulk edit did to each selected work: updated, unchanged, or why it was refused. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import { Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
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
    <Dialog open={results !== null} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('oc.bulkEdit.results', { updated, total: results?.length ?? 0 })}</DialogTitle>
      <DialogContent>
        <List dense aria-label={translate('oc.bulkEdit.resultsList')}>
          {results?.map((result) => (
            <ListItem key={result.id}>
              <ListItemIcon>{ICONS[result.status]}</ListItemIcon>
              <ListItemText
                primary={result.title}
                secondary={[translate(`oc.bulkEdit.outcomes.${result.status}`), result.message].filter(Boolean).join(' — ')}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
};
