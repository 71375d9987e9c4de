/**
 * Saves the rights form (`PUT /api/works/:id/rights`) with the version on screen. The API's per-field errors come
 * back as the form's own (`rights.licence`); any other refusal (stale version, role) is notified as the API said it.
 */
import { useMutation } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { OcDataProvider } from '../api/dataProvider';
import type { WorkRecord } from '../works/workRecord';
import { toRightsPayload, type RightsFormValues } from './rightsDecision';

export function useRecordRights(work: Pick<WorkRecord, 'id' | 'version'>, savedMessage: string) {
  const dataProvider = useDataProvider<OcDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutateAsync } = useMutation({
    mutationFn: (values: RightsFormValues) => dataProvider.recordRights(work.id, toRightsPayload(values, work.version)),
  });
  // react-admin's Form hands its values over untyped; they are the shape of rightsFormValues().
  return async (values: Record<string, any>) => {
    try {
      await mutateAsync(values.rights as RightsFormValues);
      notify(savedMessage, { type: 'success' });
      refresh();
    } catch (error) {
      const fieldErrors = error instanceof HttpError ? error.body?.errors : undefined;
      if (fieldErrors) {
        const { root, ...fields } = fieldErrors;
        return { root, rights: fields };
      }
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
}
