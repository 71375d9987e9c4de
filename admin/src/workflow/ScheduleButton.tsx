/** A rights manager sets the date and time an approved work is published. */
import EventIcon from '@mui/icons-material/Event';
import { useState } from 'react';
import { Button } from 'react-admin';
import { ScheduleDialog } from './ScheduleDialog';
import { useWorkflowAction } from './useWorkflowAction';

export const ScheduleButton = () => {
  const { run, isPending } = useWorkflowAction('schedule');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="oc.workflow.actions.schedule" onClick={() => setOpen(true)} disabled={isPending}>
        <EventIcon />
      </Button>
      {open && (
        <ScheduleDialog
          onConfirm={(publishAt) => {
            setOpen(false);
            run({ publishAt: publishAt.toISOString() });
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};
