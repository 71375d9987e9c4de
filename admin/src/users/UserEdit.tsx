// Pessimistic, so that the API's validation errors land on the fields before anything looks saved.
import type { User } from '@oc/domain';
import { Edit } from 'react-admin';
import { UserForm } from './UserForm';

/** An emptied password field means "unchanged", so it is not sent. */
const withoutEmptyPassword = ({ password, ...user }: User & { password?: string | null }) => (password ? { ...user, password } : user);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" transform={withoutEmptyPassword}>
    <UserForm />
  </Edit>
);
