/**
 * The notices, most recently changed first; only the columns the API sorts on are sortable. Selected works can be
 * edited in bulk, and the filtered list exported as CSV by the API.
 */
import { Datagrid, List, ReferenceField, SelectField, TextArrayField, TextField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { rightsStatusChoices, workflowStateChoices } from '../common/choices';
import { BulkEditButton } from './BulkEditButton';
import { workFilters } from './workFilters';
import { WorkListActions } from './WorkListActions';
import { WorkThumbnailField } from './WorkThumbnailField';

export const WorkList = () => (
  <List filters={workFilters} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25} actions={<WorkListActions />}>
    <Datagrid rowClick="edit" bulkActionButtons={<BulkEditButton />}>
      <WorkThumbnailField source="primaryMediaId" sortable={false} />
      <TextField source="title.fr" sortBy="title" />
      <TextField source="inventoryNumber" />
      <ReferenceField source="museumId" reference="museums" link={false} sortable={false} />
      <TextArrayField source="creatorNames" sortable={false} />
      <TextField source="dating.text" sortBy="datingStartYear" />
      <SelectField source="rights.status" choices={rightsStatusChoices} sortable={false} />
      <SelectField source="workflow.state" choices={workflowStateChoices} sortable={false} />
      <LocalDateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
