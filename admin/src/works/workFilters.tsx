/** The works list's filters, named as the API's list filters (DESIGN.md §8); years bound the dating. */
import { AutocompleteInput, NumberInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { objectTypeChoices, rightsStatusChoices, workflowStateChoices } from '../common/choices';
import { MUSEUMS_BY_NAME, PEOPLE_BY_SORT_NAME } from '../common/sorts';
import { notBefore } from '../common/validators';

const SHOW_ERROR = { '& .MuiFormHelperText-root.Mui-error': { display: 'block' } };

export const workFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="museumId" source="museumId" reference="museums" sort={MUSEUMS_BY_NAME} perPage={100}>
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="objectType" source="objectType" choices={objectTypeChoices} />,
  <ReferenceInput key="creatorId" source="creatorId" reference="people" sort={PEOPLE_BY_SORT_NAME}>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="rightsStatus" source="rightsStatus" choices={rightsStatusChoices} />,
  <SelectInput key="workflowState" source="workflowState" choices={workflowStateChoices} />,
  <NumberInput key="dateFrom" source="dateFrom" step={1} />,
  // React-admin hides filters' helper texts: this one says why the period is not applied.
  <NumberInput key="dateTo" source="dateTo" step={1} validate={notBefore('dateFrom')} sx={SHOW_ERROR} />,
];
