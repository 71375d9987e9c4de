/**
 * Picks when a work is to be published (DESIGN.md §4, `schedule`): a local date and time, in the future. It is mounted
 * only while open, so each opening proposes a fresh time.
 */
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Button, useTranslate } from 'react-admin';
import { fromLocalInput, toLocalInput, tomorrowMorning } from './localDateTime';

interface ScheduleDialogProps {
  onConfirm: (publishAt: Date) => void;
  onClose: () => void;
}

export const ScheduleDialog = ({ onConfirm, onClose }: ScheduleDialogProps) => {
  const translate = useTranslate();
  const [value, setValue] = useState(() => toLocalInput(tomorrowMorning(new Date())));
  const publishAt = fromLocalInput(value);
  const inFuture = publishAt !== null && publishAt.getTime() > Date.now();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (publishAt && inFuture) onConfirm(publishAt);
  };
  return (
    <Dialog open onClose={onClose}>
      <form onSubmit={submit}>
        <DialogTitle>{translate('oc.workflow.scheduleTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            type="datetime-local"
            label={translate('oc.workflow.publishAt')}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={!inFuture}
            helperText={inFuture ? ' ' : translate('oc.workflow.publishAtInFuture')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: toLocalInput(new Date()) } }}
            required
            autoFocus
            margin="dense"
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <Button label="oc.workflow.actions.schedule" type="submit" variant="contained" disabled={!inFuture} />
        </DialogActions>
      </form>
    </Dialog>
  );
};
