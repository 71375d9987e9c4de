/**
 * What a work form sends to the API. Creators are ordered by their position in the form, and the version is
 * the one the form was loaded with, never anything else, so the API's optimistic lock (409) can do its job.
 */
import type { Work, WorkCreator } from '@oc/domain';

type WorkFormValues = Partial<Omit<Work, 'creators'>> & { creators?: Omit<WorkCreator, 'order'>[] };

export function toWorkPayload(values: WorkFormValues, options?: { previousData?: Pick<Work, 'version'> }) {
  return {
    ...values,
    creators: (values.creators ?? []).map((creator, index) => ({ ...creator, order: index + 1 })),
    version: options?.previousData?.version,
  };
}
