/** What a bulk action did to each work: its new state, or why the API refused it. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import { Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import type { LabelledResult } from './useBulkWorkflowAction';

export const BulkResultsDialog = ({ results, onClose }: { results: LabelledResult[] | null; onClose: () => void }) => {
  const translate = useTranslate();
  const done = results?.filter((result) => result.status === 200).length ?? 0;
  return (
    <Dialog open={results !== null} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('oc.review.results', { done, total: results?.length ?? 0 })}</DialogTitle>
      <DialogContent>
        <List dense>
          {results?.map((result) => (
            <ListItem key={result.id}>
              <ListItemIcon>{result.status === 200 ? <CheckCircleIcon color="success" /> : <ErrorIcon color="error" />}</ListItemIcon>
              <ListItemText
                primary={result.title}
                secondary={result.status === 200 ? translate(`oc.workflowStates.${result.state}`) : `${result.status} — ${result.message ?? ''}`}
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
