/** The CSV imports, newest first: their file, status and counts; a row opens the import. */
import { CreateButton, Datagrid, List, NumberField, SelectField, TextField, TopToolbar } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { importStatusChoices } from './importChoices';

export const ImportList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    actions={
      <TopToolbar>
        <CreateButton label="oc.imports.newImport" />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <LocalDateField source="createdAt" showTime />
      <TextField source="fileName" />
      <SelectField source="status" choices={importStatusChoices} />
      <NumberField source="counts.created" sortable={false} />
      <NumberField source="counts.updated" sortable={false} />
      <NumberField source="counts.unchanged" sortable={false} />
      <NumberField source="counts.rejected" sortable={false} />
      <TextField source="createdByEmail" sortable={false} />
    </Datagrid>
  </List>
);
