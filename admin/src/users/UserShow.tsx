/** A user account read-only (admins only), and the history of its changes: roles granted, deactivation… */
import { BooleanField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { EntityHistory } from '../audit-events/EntityHistory';
import { RolesField } from './RolesField';

export const UserShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="oc.tabs.details">
        <TextField source="email" />
        <TextField source="displayName" />
        <RolesField />
        <BooleanField source="active" />
        <LocalDateField source="lastLoginAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="oc.tabs.history" path="history">
        <EntityHistory entityType="user" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
