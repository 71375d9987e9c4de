/** Sends every selected work back to draft with one comment saying why. */
import UndoIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { Button } from 'react-admin';
import { CommentDialog } from '../workflow/CommentDialog';
import { useBulkWorkflowAction } from './useBulkWorkflowAction';

export const BulkRejectButton = () => {
  const { run, isPending } = useBulkWorkflowAction('reject');
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button label="oc.workflow.actions.reject" onClick={() => setAsking(true)} disabled={isPending}>
        <UndoIcon />
      </Button>
      <CommentDialog
        open={asking}
        title="oc.workflow.commentTitles.reject"
        confirmLabel="oc.workflow.actions.reject"
        onConfirm={(comment) => {
          setAsking(false);
          run({ comment });
        }}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
