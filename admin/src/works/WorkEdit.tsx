/**
 * Pessimistic saves: the API checks the version (optimistic locking), and a stale one must reach the
 * registrar as the API's 409 message before anything looks saved.
 */
import { Edit } from 'react-admin';
import { toWorkPayload } from './workPayload';
import { WorkForm } from './WorkForm';
import { WorkWarnings } from './WorkWarnings';

export const WorkEdit = () => (
  <Edit mutationMode="pessimistic" transform={toWorkPayload}>
    <WorkWarnings />
    <WorkForm />
  </Edit>
);
