/** Publications across works, failed ones first by default: what a rights manager checks when a target keeps failing. */
import { Datagrid, List, NumberField, ReferenceField, SelectField, SelectInput, TextField, UrlField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { publicationStateChoices, publicationTargetChoices } from './choices';
import { PublicationStateField } from './PublicationStateField';

const filters = [
  <SelectInput key="state" source="state" choices={publicationStateChoices} alwaysOn />,
  <SelectInput key="target" source="target" choices={publicationTargetChoices} alwaysOn />,
];

export const PublicationList = () => (
  <List filters={filters} filterDefaultValues={{ state: 'failed' }} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <ReferenceField source="workId" reference="works" link="show" />
      <SelectField source="target" choices={publicationTargetChoices} />
      <PublicationStateField source="state" />
      <NumberField source="attempts" />
      <TextField source="lastError" emptyText="—" />
      <UrlField source="externalUrl" target="_blank" rel="noreferrer" emptyText="—" />
      <LocalDateField source="pushedAt" showTime emptyText="—" />
    </Datagrid>
  </List>
);
