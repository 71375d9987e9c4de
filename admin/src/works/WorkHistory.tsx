/** One work's audit trail as a table: who did what and when, and what changed, field by field. */
import { Datagrid, DateField, TextField, WrapperField } from 'react-admin';
import { AuditDiff } from '../audit-events/AuditDiff';

export const WorkHistory = () => (
  <Datagrid bulkActionButtons={false} rowClick={false}>
    <DateField source="at" showTime />
    <TextField source="userEmail" sortable={false} />
    <TextField source="action" sortable={false} />
    <TextField source="comment" sortable={false} />
    <WrapperField label="resources.audit-events.fields.diff">
      <AuditDiff />
    </WrapperField>
  </Datagrid>
);
