/**
 * Runs one workflow action on the work in context, with the version the user is looking at, then reloads the work
 * and every list; a refusal is shown as the API explained it.
 */
import type { WorkflowAction } from '@oc/domain';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { OcDataProvider, WorkflowInput } from '../api/dataProvider';
import type { WorkRecord } from '../works/workRecord';
import { readRefusal } from './refusal';
import { RefusalNotice } from './RefusalNotice';

export function useWorkflowAction(action: WorkflowAction) {
  const work = useRecordContext<WorkRecord>();
  const dataProvider = useDataProvider<OcDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: (input: WorkflowInput) => {
      if (!work) throw new Error('A workflow action needs a work in context');
      return dataProvider.runWorkflowAction(work.id, action, { ...input, version: work.version });
    },
    onSuccess: () => {
      notify(`oc.workflow.done.${action}`, { type: 'success' });
      refresh();
    },
    onError: (error) => notify(<RefusalNotice refusal={readRefusal(error)} />, { type: 'error', autoHideDuration: null }),
  });
  return { run: mutate, isPending };
}
