/** A rights manager publishes an approved or scheduled work now, after confirming. */
import PublicIcon from '@mui/icons-material/Public';
import { useState } from 'react';
import { Button, Confirm } from 'react-admin';
import { useWorkflowAction } from './useWorkflowAction';

export const PublishButton = () => {
  const { run, isPending } = useWorkflowAction('publish');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="oc.workflow.actions.publish" onClick={() => setOpen(true)} disabled={isPending}>
        <PublicIcon />
      </Button>
      <Confirm
        isOpen={open}
        title="oc.workflow.publishTitle"
        content="oc.workflow.publishContent"
        confirm="oc.workflow.actions.publish"
        onConfirm={() => {
          setOpen(false);
          run({});
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
