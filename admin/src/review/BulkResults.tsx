/**
 * What a bulk action did to each work — its new state, or why the API refused it — in a dialog held by the page, not
 * by the button: the button lives in the selection toolbar, which goes away with the selection and the rows it acted on.
 */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { BulkResult } from '../api/dataProvider';
import { ResultsDialog } from '../common/ResultsDialog';

export interface LabelledResult extends BulkResult {
  title: string;
}

const ShowResults = createContext<(results: LabelledResult[]) => void>(() => {
  throw new Error('Bulk results need a BulkResultsProvider around the list');
});

export const useShowBulkResults = () => useContext(ShowResults);

export const BulkResultsProvider = ({ children }: { children: ReactNode }) => {
  const [results, setResults] = useState<LabelledResult[] | null>(null);
  return (
    <ShowResults.Provider value={setResults}>
      {children}
      <BulkResultsDialog results={results} onClose={() => setResults(null)} />
    </ShowResults.Provider>
  );
};

const BulkResultsDialog = ({ results, onClose }: { results: LabelledResult[] | null; onClose: () => void }) => {
  const translate = useTranslate();
  const done = results?.filter((result) => result.status === 200).length ?? 0;
  return (
    <ResultsDialog
      open={results !== null}
      title={translate('oc.review.results', { done, total: results?.length ?? 0 })}
      rows={(results ?? []).map((result) => ({
        id: String(result.id),
        title: result.title,
        icon: result.status === 200 ? <CheckCircleIcon color="success" /> : <ErrorIcon color="error" />,
        detail: result.status === 200 ? translate(`oc.workflowStates.${result.state}`) : `${result.status} — ${result.message ?? ''}`,
      }))}
      onClose={onClose}
    />
  );
};
