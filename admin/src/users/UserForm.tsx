/** A user account (admins only): who they are, what they may do, and a password set by the admin. */
import { BooleanInput, CheckboxGroupInput, email, PasswordInput, required, SimpleForm, TextInput } from 'react-admin';
import { roleChoices } from '../common/choices';
import { SaveToolbar } from '../common/SaveToolbar';
import { passwordPolicy } from '../common/validators';

/** On creation the password is required; on edition an empty one keeps the current password. */
export const UserForm = ({ creating = false }: { creating?: boolean }) => (
  <SimpleForm toolbar={<SaveToolbar />}>
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <TextInput source="displayName" validate={required()} />
    <CheckboxGroupInput source="roles" choices={roleChoices} validate={required()} />
    <BooleanInput source="active" defaultValue={true} />
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={creating ? [required(), passwordPolicy] : passwordPolicy}
      helperText={creating ? undefined : 'oc.help.passwordUnchanged'}
    />
  </SimpleForm>
);
