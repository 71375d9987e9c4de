/** Edits the selected works in one go (`POST /api/works/bulk-update`, audited per work), then says what became of each. */
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useRefresh } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import { BulkEditDialog } from './BulkEditDialog';
import { BulkEditResultsDialog, type TitledResult } from './BulkEditResultsDialog';
import type { BulkUpdateChanges } from './bulkUpdate';
import type { WorkRecord } from './workRecord';

export const BulkEditButton = () => {
  const dataProvider = useDataProvider<OcDataProvider>();
  const { selectedIds, data } = useListContext<WorkRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [editing, setEditing] = useState(false);
  const [results, setResults] = useState<TitledResult[] | null>(null);
  // Titles are taken from the page as it is now: a work moved to another museum may leave a filtered list.
  const titleOf = (id: string) => {
    const work = data?.find((candidate) => candidate.id === id);
    return work ? `${work.title.fr ?? ''} (${work.inventoryNumber})` : id;
  };
  const { mutate, isPending } = useMutation({
    mutationFn: (changes: BulkUpdateChanges) => dataProvider.bulkUpdateWorks(selectedIds, changes),
    onSuccess: (answers) => {
      setEditing(false);
      setResults(answers.map((answer) => ({ ...answer, title: titleOf(answer.id) })));
      refresh();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  return (
    <>
      <Button label="oc.bulkEdit.button" onClick={() => setEditing(true)} disabled={isPending}>
        <EditNoteIcon />
      </Button>
      <BulkEditDialog open={editing} count={selectedIds.length} onApply={mutate} onClose={() => setEditing(false)} />
      <BulkEditResultsDialog results={results} onClose={() => setResults(null)} />
    </>
  );
};
