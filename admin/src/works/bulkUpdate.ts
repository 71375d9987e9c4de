/** `POST /api/works/bulk-update`: what can be set on many works at once, and what became of each. */
import type { Licence, RightsStatus } from '@oc/domain';

export interface BulkUpdateChanges {
  museumId?: string;
  objectType?: string;
  keywords?: { add?: string[]; remove?: string[] };
  /** Stored as a proposal for the rights manager. */
  proposedRights?: { status: RightsStatus; licence: Licence };
}

export interface BulkUpdateResult {
  id: string;
  status: 'updated' | 'unchanged' | 'not_found' | 'rejected';
  message?: string;
}

/** What the bulk edit form holds: every field may be left empty, which leaves it unchanged. */
export interface BulkEditValues {
  museumId?: string | null;
  objectType?: string | null;
  keywordsToAdd?: string[] | null;
  keywordsToRemove?: string[] | null;
  proposedStatus?: RightsStatus | null;
  proposedLicence?: Licence | null;
}

/**
 * The changes to send for what the form holds, or the i18n key of why there is nothing sensible to send: no change
 * at all, or proposed rights with a status but no licence (or the reverse).
 */
export function toBulkChanges(values: BulkEditValues): { changes: BulkUpdateChanges } | { problem: string } {
  const changes: BulkUpdateChanges = {};
  if (values.museumId) changes.museumId = values.museumId;
  if (values.objectType) changes.objectType = values.objectType;
  const add = values.keywordsToAdd?.filter((keyword) => keyword.trim()) ?? [];
  const remove = values.keywordsToRemove?.filter((keyword) => keyword.trim()) ?? [];
  if (add.length || remove.length) changes.keywords = { ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) };
  if (!values.proposedStatus !== !values.proposedLicence) return { problem: 'oc.bulkEdit.rightsNeedBoth' };
  if (values.proposedStatus && values.proposedLicence) changes.proposedRights = { status: values.proposedStatus, licence: values.proposedLicence };
  return Object.keys(changes).length ? { changes } : { problem: 'oc.bulkEdit.nothingToChange' };
}
