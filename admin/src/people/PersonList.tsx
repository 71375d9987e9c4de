import { BooleanField, Datagrid, List, SearchInput, TextField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';

const personFilters = [<SearchInput key="q" source="q" alwaysOn />];

export const PersonList = () => (
  <List filters={personFilters} sort={{ field: 'sortName', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="displayName" />
      <TextField source="sortName" />
      <TextField source="birthDate" sortable={false} />
      <TextField source="deathDate" />
      <BooleanField source="diedForFrance" sortable={false} />
      <LocalDateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
