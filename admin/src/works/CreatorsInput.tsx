/** The work's creators, in display order: reordering the rows reorders the credits. */
import { ArrayInput, AutocompleteInput, ReferenceInput, required, SelectInput, SimpleFormIterator } from 'react-admin';
import { creatorRoleChoices } from '../common/choices';
import { PEOPLE_BY_SORT_NAME } from '../common/sorts';

export const CreatorsInput = () => (
  <ArrayInput source="creators" label={false}>
    <SimpleFormIterator inline>
      <ReferenceInput source="personId" reference="people" sort={PEOPLE_BY_SORT_NAME}>
        <AutocompleteInput validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <SelectInput source="role" choices={creatorRoleChoices} defaultValue="auteur" validate={required()} />
    </SimpleFormIterator>
  </ArrayInput>
);
