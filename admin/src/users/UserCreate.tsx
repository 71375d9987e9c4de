import { Create } from 'react-admin';
import { UserForm } from './UserForm';

export const UserCreate = () => (
  <Create>
    <UserForm creating />
  </Create>
);
