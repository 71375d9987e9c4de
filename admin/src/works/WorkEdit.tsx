/**
 * Pessimistic saves: the API checks the version (optimistic locking), and a stale one must reach the
 * registrar as the API's 409 message before anything looks saved.
 */
import { Edit, ShowButton } from 'react-admin';
import { WorkActions } from './WorkActions';
import { toWorkPayload } from './workPayload';
import { WorkForm } from './WorkForm';
import { WorkWarnings } from './WorkWarnings';

export const WorkEdit = () => (
  <Edit mutationMode="pessimistic" transform={toWorkPayload} actions={<WorkActions><ShowButton /></WorkActions>}>
    <WorkWarnings />
    <WorkForm />
  </Edit>
);
