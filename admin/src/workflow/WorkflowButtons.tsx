/**
 * The workflow actions this user may take on the work in context now, computed by libs/domain's `allowedActions`
 * (the rules the API enforces): role, state and the four-eyes rule.
 */
import { allowedActions, type WorkflowAction } from '@oc/domain';
import type { ComponentType } from 'react';
import { useGetIdentity, usePermissions, useRecordContext } from 'react-admin';
import { rolesFrom } from '../permissions';
import type { WorkRecord } from '../works/workRecord';
import { ApproveButton } from './ApproveButton';
import { PublishButton } from './PublishButton';
import { RejectButton } from './RejectButton';
import { ScheduleButton } from './ScheduleButton';
import { SubmitButton } from './SubmitButton';
import { WithdrawButton } from './WithdrawButton';

const BUTTONS: Record<WorkflowAction, ComponentType> = {
  submit: SubmitButton,
  approve: ApproveButton,
  reject: RejectButton,
  schedule: ScheduleButton,
  publish: PublishButton,
  withdraw: WithdrawButton,
};

export const WorkflowButtons = () => {
  const work = useRecordContext<WorkRecord>();
  const { permissions } = usePermissions();
  const { identity } = useGetIdentity();
  if (!work || !identity) return null;
  const actions = allowedActions(work.workflow.state, rolesFrom(permissions), {
    userId: String(identity.id),
    submittedBy: work.workflow.submittedBy,
  });
  return (
    <>
      {actions.map((action) => {
        const ActionButtonFor = BUTTONS[action];
        return <ActionButtonFor key={action} />;
      })}
    </>
  );
};
