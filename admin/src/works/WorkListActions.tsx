/** The works list's top bar: filters, creation, and the server-side CSV export of the filtered list. */
import { CreateButton, FilterButton, TopToolbar } from 'react-admin';
import { ExportWorksButton } from './ExportWorksButton';

export const WorkListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportWorksButton />
  </TopToolbar>
);
