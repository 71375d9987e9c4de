/** A workflow action taken in one click (submit, approve): the API has the last word. */
import type { WorkflowAction } from '@oc/domain';
import type { ReactElement } from 'react';
import { Button } from 'react-admin';
import { useWorkflowAction } from './useWorkflowAction';

export const ActionButton = ({ action, icon }: { action: WorkflowAction; icon: ReactElement }) => {
  const { run, isPending } = useWorkflowAction(action);
  return (
    <Button label={`oc.workflow.actions.${action}`} onClick={() => run({})} disabled={isPending}>
      {icon}
    </Button>
  );
};
