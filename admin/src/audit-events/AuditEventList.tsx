/**
 * The audit log, read-only, newest first; clicking a row unfolds its changes. Only admins may list users, so
 * only they get the filter by user.
 */
import {
  Datagrid,
  DateInput,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  usePermissions,
} from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { entityTypeChoices } from '../common/choices';
import { USERS_BY_EMAIL } from '../common/sorts';
import { permits } from '../permissions';
import { AuditDiff } from './AuditDiff';

const userFilter = (
  <ReferenceInput key="userId" source="userId" reference="users" sort={USERS_BY_EMAIL} perPage={100}>
    <SelectInput />
  </ReferenceInput>
);

const auditFilters = [
  <TextInput key="action" source="action" />,
  <SelectInput key="entityType" source="entityType" choices={entityTypeChoices} />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

export const AuditEventList = () => {
  const { permissions } = usePermissions();
  return (
    <List
      filters={permits(permissions, 'users:manage') ? [userFilter, ...auditFilters] : auditFilters}
      sort={{ field: 'at', order: 'DESC' }}
    >
      <Datagrid rowClick="expand" bulkActionButtons={false} expand={<AuditDiff />}>
        <LocalDateField source="at" showTime />
        <TextField source="userEmail" sortable={false} />
        <TextField source="action" sortable={false} />
        <SelectField source="entityType" choices={entityTypeChoices} sortable={false} />
        <TextField source="entityId" sortable={false} />
        <TextField source="comment" sortable={false} />
      </Datagrid>
    </List>
  );
};
