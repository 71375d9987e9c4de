/** A work's notice read-only, its data-quality warnings on top, its rights, its workflow actions, its images and its history. */
import {
  ArrayField,
  BooleanField,
  Datagrid,
  EditButton,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  type UseGetOneOptions,
} from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { EntityHistory } from '../audit-events/EntityHistory';
import { creatorRoleChoices, objectTypeChoices, workflowStateChoices } from '../common/choices';
import { WorkImages } from '../media/WorkImages';
import { PublicationsTable } from '../publications/PublicationsTable';
import { RightsPanel } from '../rights/RightsPanel';
import { WorkActions } from './WorkActions';
import { WorkWarnings } from './WorkWarnings';

/** Rows of the notice's repeated parts are labelled with the form's keys (`creators.role`…). */
const column = (part: string, field: string) => `resources.works.fields.${part}.${field}`;

const YEAR = { useGrouping: false };

/** While a work is on its way to its targets, the page follows it until every target has answered. */
const followPublishing: UseGetOneOptions = {
  refetchInterval: (query) => ((query.state.data as { workflow?: { state?: string } } | undefined)?.workflow?.state === 'publishing' ? 2000 : false),
};

export const WorkShow = () => (
  <Show actions={<WorkActions><EditButton /></WorkActions>} queryOptions={followPublishing}>
    <WorkWarnings />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.works.tabs.notice">
        <ReferenceField source="museumId" reference="museums" />
        <TextField source="inventoryNumber" />
        <SelectField source="objectType" choices={objectTypeChoices} />
        <BooleanField source="is2D" />
        <BooleanField source="anonymous" />
        <NumberField source="firstPublicationYear" options={YEAR} />
        <TextField source="dating.text" />
        <NumberField source="dating.startYear" options={YEAR} />
        <NumberField source="dating.endYear" options={YEAR} />
        <TextField source="techniques" />
        <TextField source="provenance" />
        <TextArrayField source="keywords" />
        <SelectField source="workflow.state" choices={workflowStateChoices} />
        <LocalDateField source="workflow.publishAt" showTime emptyText="—" />
        <LocalDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.texts" path="texts">
        <TextField source="title.fr" />
        <TextField source="title.en" />
        <TextField source="title.es" />
        <TextField source="description.fr" />
        <TextField source="description.en" />
        <TextField source="description.es" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.creators" path="creators">
        <ArrayField source="creators" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <ReferenceField source="personId" reference="people" label={column('creators', 'personId')} />
            <SelectField source="role" choices={creatorRoleChoices} label={column('creators', 'role')} />
          </Datagrid>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.dimensions" path="dimensions">
        <ArrayField source="dimensions" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="part" label={column('dimensions', 'part')} />
            <TextField source="type" label={column('dimensions', 'type')} />
            <NumberField source="value" label={column('dimensions', 'value')} />
            <TextField source="unit" label={column('dimensions', 'unit')} />
          </Datagrid>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.inscriptions" path="inscriptions">
        <ArrayField source="inscriptions" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="type" label={column('inscriptions', 'type')} />
            <TextField source="text" label={column('inscriptions', 'text')} />
            <TextField source="script" label={column('inscriptions', 'script')} />
          </Datagrid>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.publications" path="publications">
        <PublicationsTable />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.rights" path="rights">
        {/* A plain element: the tab puts a label above each field, and the panel is not one. */}
        <div>
          <RightsPanel />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.images" path="images">
        <div>
          <WorkImages />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.works.tabs.history" path="history">
        <EntityHistory entityType="work" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
