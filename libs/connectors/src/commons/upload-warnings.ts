/**
 * What to do about each upload warning MediaWiki gives (never a blind `ignorewarnings`, which would overwrite
 * other people's files): our bytes already on the wiki → use that file; our name taken → try the next name;
 * anything that needs a person (identical content deleted before, a bad file type, an unknown warning) → stop.
 */
import { normalizeFileTitle } from '@oc/domain';

export type WarningDecision =
  | { action: 'adopt'; filename: string; reason: string }
  | { action: 'rename'; reason: string }
  | { action: 'overwrite-own'; reason: string }
  | { action: 'fail'; reason: string };

const NAME_TAKEN = ['exists', 'exists-normalized', 'page-exists', 'was-deleted', 'thumb', 'thumb-name', 'bad-prefix'];

/** `ownTitle`: the file this work already has on the wiki (a new version of it may replace it). */
export function decideOnUploadWarnings(warnings: Record<string, unknown>, attemptedName: string, ownTitle: string | null): WarningDecision {
  const names = Object.keys(warnings);
  const duplicates = Array.isArray(warnings.duplicate) ? (warnings.duplicate as string[]) : [];
  if (duplicates.length) return { action: 'adopt', filename: normalizeFileTitle(duplicates[0]), reason: `the same file is already on the wiki as ${duplicates[0]}` };
  if ('nochange' in warnings) return { action: 'adopt', filename: normalizeFileTitle(attemptedName), reason: 'the file is already there under this name' };
  if ('duplicate-archive' in warnings) {
    return { action: 'fail', reason: `an identical file (${String(warnings['duplicate-archive'])}) was deleted from the wiki before: a person must check why before uploading it again` };
  }
  const unknown = names.filter((n) => !NAME_TAKEN.includes(n));
  if (unknown.length) return { action: 'fail', reason: `upload warning(s) needing a person: ${unknown.map((n) => `${n} (${JSON.stringify(warnings[n]).slice(0, 200)})`).join(', ')}` };
  if (ownTitle && normalizeFileTitle(ownTitle) === normalizeFileTitle(attemptedName) && names.every((n) => n === 'exists')) {
    return { action: 'overwrite-own', reason: 'a new version of our own file' };
  }
  return { action: 'rename', reason: `the name ${attemptedName} is taken (${names.join(', ')})` };
}
