/**
 * One record's audit trail, for the History tab of a work, a person or a user: who did what and when, the comment,
 * and what changed, field by field; newest first.
 */
import { Datagrid, Pagination, ReferenceManyField, TextField, WrapperField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { AuditDiff } from './AuditDiff';

export type AuditedEntity = 'work' | 'person' | 'user';

export const EntityHistory = ({ entityType }: { entityType: AuditedEntity }) => (
  <ReferenceManyField
    label={false}
    reference="audit-events"
    target="entityId"
    filter={{ entityType }}
    sort={{ field: 'at', order: 'DESC' }}
    pagination={<Pagination />}
    empty="oc.history.none"
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <LocalDateField source="at" showTime />
      <TextField source="userEmail" sortable={false} />
      <TextField source="action" sortable={false} />
      <TextField source="comment" sortable={false} />
      <WrapperField label="resources.audit-events.fields.diff">
        <AuditDiff />
      </WrapperField>
    </Datagrid>
  </ReferenceManyField>
);
