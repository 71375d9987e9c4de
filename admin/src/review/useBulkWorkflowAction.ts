/**
 * Runs one workflow action on the works selected in the list (`POST /api/works/workflow/:action`). The API answers
 * per work; the titles are taken from the list as it was, since the works that moved on leave the queue.
 */
import type { WorkflowAction } from '@oc/domain';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useListContext, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { OcDataProvider, WorkflowInput } from '../api/dataProvider';
import type { WorkRecord } from '../works/workRecord';
import { useShowBulkResults } from './BulkResults';

export function useBulkWorkflowAction(action: WorkflowAction) {
  const dataProvider = useDataProvider<OcDataProvider>();
  const { selectedIds, data, onUnselectItems } = useListContext<WorkRecord>();
  const showResults = useShowBulkResults();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: (input: WorkflowInput) => {
      const titles = new Map<Identifier, string>((data ?? []).map((work) => [work.id, `${work.title.fr ?? ''} (${work.inventoryNumber})`]));
      return dataProvider
        .runBulkWorkflowAction(action, selectedIds, input)
        .then((results) => results.map((result) => ({ ...result, title: titles.get(result.id) ?? String(result.id) })));
    },
    onSuccess: (results) => {
      showResults(results);
      onUnselectItems();
      refresh();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  return { run: mutate, isPending };
}
