/**
 * Forms save but never delete: a notice leaves through the workflow (withdraw), creators and museums are
 * referenced by notices, and users are deactivated, so the audit trail keeps its subjects.
 */
import { SaveButton, Toolbar } from 'react-admin';

export const SaveToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
