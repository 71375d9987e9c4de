/** Asks why before an action that needs a comment (reject, withdraw): the comment goes to the audit trail. */
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Button, useTranslate } from 'react-admin';

interface CommentDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: (comment: string) => void;
  onClose: () => void;
}

export const CommentDialog = ({ open, title, confirmLabel, onConfirm, onClose }: CommentDialogProps) => {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(comment.trim());
    setComment('');
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit}>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          <TextField
            label={translate('oc.workflow.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            required
            autoFocus
            multiline
            minRows={3}
            fullWidth
            margin="dense"
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <Button label={confirmLabel} type="submit" variant="contained" disabled={!comment.trim()} />
        </DialogActions>
      </form>
    </Dialog>
  );
};
