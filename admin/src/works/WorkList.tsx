/** The notices, most recently changed first; only the columns the API sorts on are sortable. */
import { Datagrid, DateField, List, ReferenceField, SelectField, TextArrayField, TextField } from 'react-admin';
import { rightsStatusChoices, workflowStateChoices } from '../common/choices';
import { workFilters } from './workFilters';
import { WorkThumbnailField } from './WorkThumbnailField';

export const WorkList = () => (
  <List filters={workFilters} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <WorkThumbnailField source="primaryMediaId" sortable={false} />
      <TextField source="title.fr" sortBy="title" />
      <TextField source="inventoryNumber" />
      <ReferenceField source="museumId" reference="museums" link={false} sortable={false} />
      <TextArrayField source="creatorNames" sortable={false} />
      <TextField source="dating.text" sortBy="datingStartYear" />
      <SelectField source="rights.status" choices={rightsStatusChoices} sortable={false} />
      <SelectField source="workflow.state" choices={workflowStateChoices} sortable={false} />
      <DateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
