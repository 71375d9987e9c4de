/**
 * Runs one workflow action on the works selected in the list (`POST /api/works/workflow/:action`). The API answers
 * per work; the titles are kept from the list as it was, since the works that moved on leave the queue.
 */
import type { WorkflowAction } from '@oc/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { BulkResult, OcDataProvider, WorkflowInput } from '../api/dataProvider';
import type { WorkRecord } from '../works/workRecord';

export interface LabelledResult extends BulkResult {
  title: string;
}

export function useBulkWorkflowAction(action: WorkflowAction) {
  const dataProvider = useDataProvider<OcDataProvider>();
  const { selectedIds, data, onUnselectItems } = useListContext<WorkRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [results, setResults] = useState<LabelledResult[] | null>(null);
  const titleOf = (id: Identifier) => {
    const work = data?.find((candidate) => candidate.id === id);
    return work ? `${work.title.fr ?? ''} (${work.inventoryNumber})` : String(id);
  };
  const { mutate, isPending } = useMutation({
    mutationFn: (input: WorkflowInput) => dataProvider.runBulkWorkflowAction(action, selectedIds, input),
    onSuccess: (answers) => {
      setResults(answers.map((answer) => ({ ...answer, title: titleOf(answer.id) })));
      onUnselectItems();
      refresh();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  return { run: mutate, isPending, results, clearResults: () => setResults(null) };
}
