/** One import, read again every second while the worker is at it. */
import { Show } from 'react-admin';
import { importInProgress, type ImportRecord } from './importRecord';
import { ImportSteps } from './ImportSteps';

const WHILE_RUNNING_MS = 1000;

export const ImportShow = () => (
  <Show queryOptions={{ refetchInterval: (query) => (importInProgress(query.state.data as ImportRecord | undefined) ? WHILE_RUNNING_MS : false) }} actions={false}>
    <ImportSteps />
  </Show>
);
