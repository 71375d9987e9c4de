/** A refused workflow action as a notification that stays until closed: the unmet preconditions are a to-do list. */
import { Alert, AlertTitle } from '@mui/material';
import { useCloseNotification, useTranslate } from 'react-admin';
import { useLocalized } from '../common/useLocalized';
import type { Refusal } from './refusal';

export const RefusalNotice = ({ refusal }: { refusal: Refusal }) => {
  const close = useCloseNotification();
  const translate = useTranslate();
  const localized = useLocalized();
  const { message, problems } = refusal;
  return (
    <Alert severity="error" variant="filled" onClose={close}>
      <AlertTitle>{problems.length ? translate('oc.workflow.approvalProblems') : translate(message, { _: message })}</AlertTitle>
      {problems.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {problems.map((problem) => (
            <li key={problem.code}>{localized(problem)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
};
