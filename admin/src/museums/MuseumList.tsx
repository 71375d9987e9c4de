import { Datagrid, List, TextField } from 'react-admin';

export const MuseumList = () => (
  <List sort={{ field: 'code', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="code" />
      <TextField source="name.fr" sortBy="name" />
      <TextField source="commonsInstitution" sortable={false} />
      <TextField source="portalId" sortable={false} />
    </Datagrid>
  </List>
);
