/** Publication targets and states as the API names them, labelled through i18n keys. */
import { PUBLICATION_STATES, PUBLICATION_TARGETS } from '@oc/domain';

export const publicationTargetChoices = PUBLICATION_TARGETS.map((id) => ({ id, name: `oc.publications.targets.${id}` }));
export const publicationStateChoices = PUBLICATION_STATES.map((id) => ({
  id,
  name: `oc.publications.states.${id}`,
}));
