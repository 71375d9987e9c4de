import { Create } from 'react-admin';
import { MuseumForm } from './MuseumForm';

export const MuseumCreate = () => (
  <Create>
    <MuseumForm />
  </Create>
);
