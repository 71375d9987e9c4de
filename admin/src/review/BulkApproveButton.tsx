/** Approves every selected work at once; each one still meets the approval preconditions or is refused alone. */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Button } from 'react-admin';
import { useBulkWorkflowAction } from './useBulkWorkflowAction';

export const BulkApproveButton = () => {
  const { run, isPending } = useBulkWorkflowAction('approve');
  return (
    <Button label="oc.workflow.actions.approve" onClick={() => run({})} disabled={isPending}>
      <CheckCircleIcon />
    </Button>
  );
};
