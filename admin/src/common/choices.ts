/** Choice lists for the domain's vocabularies (libs/domain), each value labelled through the i18n catalogue. */
import { CREATOR_ROLES, DIMENSION_UNITS, LICENCES, OBJECT_TYPES, RIGHTS_STATUSES, ROLES, WORKFLOW_STATES } from '@oc/domain';

const labelled = (values: readonly string[], catalogue: string) => values.map((id) => ({ id, name: `oc.${catalogue}.${id}` }));

export const roleChoices = labelled(ROLES, 'roles');
export const rightsStatusChoices = labelled(RIGHTS_STATUSES, 'rightsStatuses');
export const licenceChoices = labelled(LICENCES, 'licences');
export const workflowStateChoices = labelled(WORKFLOW_STATES, 'workflowStates');
export const creatorRoleChoices = labelled(CREATOR_ROLES, 'creatorRoles');
export const objectTypeChoices = labelled(OBJECT_TYPES, 'objectTypes');
export const entityTypeChoices = labelled(['work', 'person', 'museum', 'user', 'media'], 'entityTypes');
/** Units are symbols, the same in every language. */
export const unitChoices = DIMENSION_UNITS.map((id) => ({ id, name: id }));
