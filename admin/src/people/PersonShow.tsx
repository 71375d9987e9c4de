/** A creator of the authority file read-only, and the history of its changes. */
import { BooleanField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { EntityHistory } from '../audit-events/EntityHistory';

export const PersonShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="oc.tabs.details">
        <TextField source="displayName" />
        <TextField source="sortName" />
        <TextField source="birthDate" />
        <TextField source="deathDate" />
        <TextField source="birthPlace" />
        <TextField source="deathPlace" />
        <BooleanField source="diedForFrance" />
        <TextField source="wikidataId" />
        <TextField source="commonsCreator" />
        <LocalDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="oc.tabs.history" path="history">
        <EntityHistory entityType="person" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
