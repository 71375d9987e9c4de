import { Create } from 'react-admin';
import { PersonForm } from './PersonForm';

export const PersonCreate = () => (
  <Create>
    <PersonForm />
  </Create>
);
