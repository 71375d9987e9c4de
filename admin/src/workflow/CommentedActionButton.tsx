/** A workflow action that must say why (reject, withdraw): it asks for the comment first. */
import type { WorkflowAction } from '@oc/domain';
import { useState, type ReactElement } from 'react';
import { Button } from 'react-admin';
import { CommentDialog } from './CommentDialog';
import { useWorkflowAction } from './useWorkflowAction';

export const CommentedActionButton = ({ action, icon }: { action: WorkflowAction; icon: ReactElement }) => {
  const { run, isPending } = useWorkflowAction(action);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={`oc.workflow.actions.${action}`} onClick={() => setOpen(true)} disabled={isPending}>
        {icon}
      </Button>
      <CommentDialog
        open={open}
        title={`oc.workflow.commentTitles.${action}`}
        confirmLabel={`oc.workflow.actions.${action}`}
        onConfirm={(comment) => {
          setOpen(false);
          run({ comment });
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
