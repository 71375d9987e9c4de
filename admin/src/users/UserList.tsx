import { BooleanField, Datagrid, List, TextField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { RolesField } from './RolesField';

export const UserList = () => (
  <List sort={{ field: 'email', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="email" />
      <TextField source="displayName" sortable={false} />
      <RolesField sortable={false} />
      <BooleanField source="active" sortable={false} />
      <LocalDateField source="lastLoginAt" showTime sortable={false} />
    </Datagrid>
  </List>
);
