/** An import's statuses, labelled through the i18n catalogue. */
import { IMPORT_STATUSES } from '@oc/domain';

export const importStatusChoices = IMPORT_STATUSES.map((id) => ({ id, name: `oc.imports.statuses.${id}` }));
