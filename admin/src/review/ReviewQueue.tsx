/** The rights managers' queue: works waiting for review, the longest-waiting first, approved or rejected in bulk. */
import { Datagrid, List, ReferenceField, SearchInput, SelectField, TextArrayField, TextField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { rightsStatusChoices } from '../common/choices';
import { BulkApproveButton } from './BulkApproveButton';
import { BulkRejectButton } from './BulkRejectButton';
import { BulkResultsProvider } from './BulkResults';

// The search also gives the list its toolbar, which the selection's bulk actions take over.
const filters = [<SearchInput key="q" source="q" alwaysOn />];

const bulkActions = (
  <>
    <BulkApproveButton />
    <BulkRejectButton />
  </>
);

export const ReviewQueue = () => (
  <BulkResultsProvider>
    <List
      resource="works"
      title="oc.review.title"
      filter={{ workflowState: 'in_review' }}
      sort={{ field: 'submittedAt', order: 'ASC' }}
      filters={filters}
      storeKey="reviewQueue"
      disableSyncWithLocation
      actions={false}
      empty={false}
    >
      <Datagrid rowClick="show" bulkActionButtons={bulkActions}>
        <LocalDateField source="workflow.submittedAt" sortBy="submittedAt" showTime />
        <TextField source="title.fr" sortable={false} />
        <TextField source="inventoryNumber" sortable={false} />
        <ReferenceField source="museumId" reference="museums" link={false} sortable={false} />
        <TextArrayField source="creatorNames" sortable={false} />
        <SelectField source="rights.status" choices={rightsStatusChoices} emptyText="oc.unset" sortable={false} />
      </Datagrid>
    </List>
  </BulkResultsProvider>
);
