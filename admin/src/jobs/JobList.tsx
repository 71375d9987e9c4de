/**
 * Jobs by state, failed ones first (the admin's to-do list): the error, the work concerned, the attempts made, and
 * retry or remove; a row unfolds its stack traces. Jobs move on their own, so the list reads itself again.
 */
import {
  Datagrid,
  DeleteWithConfirmButton,
  List,
  NumberField,
  ReferenceInput,
  SelectInput,
  TextField,
  WrapperField,
} from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { JobStacktrace } from './JobStacktrace';
import { JobWorkField } from './JobWorkField';
import { JOB_COUNTS, JOBS_REFRESH_MS } from './jobRecord';
import { RetryJobButton } from './RetryJobButton';

const stateChoices = JOB_COUNTS.map((id) => ({ id, name: `oc.jobs.states.${id}` }));

const jobFilters = [
  <SelectInput key="state" source="state" choices={stateChoices} alwaysOn />,
  <ReferenceInput key="queue" source="queue" reference="queues" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

export const JobList = () => (
  <List
    filters={jobFilters}
    filterDefaultValues={{ state: 'failed' }}
    sort={{ field: 'createdAt', order: 'DESC' }}
    queryOptions={{ refetchInterval: JOBS_REFRESH_MS }}
    exporter={false}
    empty={false}
  >
    <Datagrid rowClick="expand" expand={<JobStacktrace />} bulkActionButtons={false}>
      <LocalDateField source="createdAt" showTime />
      <TextField source="queue" sortable={false} />
      <TextField source="name" sortable={false} />
      <TextField source="failedReason" sortable={false} />
      <NumberField source="attemptsMade" sortable={false} />
      <LocalDateField source="finishedAt" showTime sortable={false} />
      <JobWorkField source="workId" sortable={false} />
      <WrapperField label={false}>
        <RetryJobButton />
        <DeleteWithConfirmButton mutationMode="pessimistic" redirect={false} confirmTitle="oc.jobs.removeTitle" confirmContent="oc.jobs.removeContent" />
      </WrapperField>
    </Datagrid>
  </List>
);
