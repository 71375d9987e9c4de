// Pessimistic, so that the API's validation errors land on the fields before anything looks saved.
import { Edit } from 'react-admin';
import { MuseumForm } from './MuseumForm';

export const MuseumEdit = () => (
  <Edit mutationMode="pessimistic">
    <MuseumForm />
  </Edit>
);
