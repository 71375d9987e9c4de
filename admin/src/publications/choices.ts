/** Publication targets and states as the API names them, labelled through i18n keys. */
export const publicationTargetChoices = ['portal', 'commons'].map((id) => ({ id, name: `oc.publications.targets.${id}` }));
export const publicationStateChoices = ['pending', 'pushing', 'succeeded', 'failed', 'withdrawn'].map((id) => ({
  id,
  name: `oc.publications.states.${id}`,
}));
