import { Create } from 'react-admin';
import { toWorkPayload } from './workPayload';
import { WorkForm } from './WorkForm';

export const WorkCreate = () => (
  <Create transform={toWorkPayload}>
    <WorkForm />
  </Create>
);
