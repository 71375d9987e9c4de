/** The admins' Jobs page (issue 6): the queues and their counts on top, the jobs to look after below. */
import { JobList } from './JobList';
import { QueuesCard } from './QueuesCard';

export const JobsPage = () => (
  <>
    <QueuesCard />
    <JobList />
  </>
);
