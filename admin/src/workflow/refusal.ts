/**
 * What the API said when it refused a workflow action (DESIGN.md §4): a 403 (role or four-eyes rule), a 409 (state,
 * stale version, or every unmet approval precondition) or a 400 (comment or date missing), as one value to show.
 */
import type { ApprovalProblem } from '@oc/domain';

export interface Refusal {
  message: string;
  problems: ApprovalProblem[];
}

export function readRefusal(error: unknown): Refusal {
  const { message, body } = (error ?? {}) as { message?: unknown; body?: { problems?: unknown } };
  return {
    message: typeof message === 'string' && message ? message : 'ra.notification.http_error',
    problems: Array.isArray(body?.problems) ? (body.problems as ApprovalProblem[]) : [],
  };
}
