// Pessimistic, so that the API's validation errors land on the fields before anything looks saved.
import { Edit } from 'react-admin';
import { PersonForm } from './PersonForm';

export const PersonEdit = () => (
  <Edit mutationMode="pessimistic">
    <PersonForm />
  </Edit>
);
