import type { User } from '@oc/domain';
import { BooleanField, Datagrid, DateField, FunctionField, List, TextField, useTranslate } from 'react-admin';

export const UserList = () => {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'email', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="email" />
        <TextField source="displayName" sortable={false} />
        <FunctionField<User>
          source="roles"
          sortable={false}
          render={(user) => user.roles.map((role) => translate(`oc.roles.${role}`)).join(', ')}
        />
        <BooleanField source="active" sortable={false} />
        <DateField source="lastLoginAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
};
