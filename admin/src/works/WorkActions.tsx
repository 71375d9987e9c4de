/** The work page's top bar: the workflow actions this user may take now, then the page's own button. */
import type { ReactNode } from 'react';
import { TopToolbar } from 'react-admin';
import { WorkflowButtons } from '../workflow/WorkflowButtons';

export const WorkActions = ({ children }: { children: ReactNode }) => (
  <TopToolbar>
    <WorkflowButtons />
    {children}
  </TopToolbar>
);
