/**
 * ra-data-simple-rest for the resources, decorated with the API's few calls that are not CRUD (DESIGN.md §8): a
 * work's rights assessment and decision, and workflow actions on one work or on many.
 */
import type { WorkflowAction, WorkflowState } from '@oc/domain';
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import type { RightsAssessmentResponse, RightsDecisionInput, WorkRecord } from '../works/workRecord';
import type { HttpClient } from './httpClient';

export interface WorkflowInput {
  comment?: string;
  /** ISO 8601 date and time, in the future; for `schedule`. */
  publishAt?: string;
}

/** One work's outcome in a bulk action: 200 with its new state, or the refusal's status and message. */
export interface BulkResult {
  id: Identifier;
  status: number;
  message?: string;
  state?: WorkflowState;
}

export interface OcDataProvider extends DataProvider {
  getRightsAssessment(workId: Identifier): Promise<RightsAssessmentResponse>;
  /** Rights managers record the decision; a registrar's is kept as a proposal. */
  recordRights(workId: Identifier, decision: RightsDecisionInput & { version: number }): Promise<WorkRecord>;
  runWorkflowAction(workId: Identifier, action: WorkflowAction, input: WorkflowInput & { version: number }): Promise<WorkRecord>;
  runBulkWorkflowAction(action: WorkflowAction, ids: Identifier[], input: WorkflowInput): Promise<BulkResult[]>;
}

export function createDataProvider(apiUrl: string, httpClient: HttpClient): OcDataProvider {
  const send = async (method: string, path: string, body?: unknown) =>
    (await httpClient(`${apiUrl}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) })).json;
  const work = (id: Identifier) => `/works/${encodeURIComponent(id)}`;

  return {
    ...simpleRestProvider(apiUrl, httpClient),
    getRightsAssessment: (workId) => send('GET', `${work(workId)}/rights-assessment`),
    recordRights: (workId, decision) => send('PUT', `${work(workId)}/rights`, decision),
    runWorkflowAction: (workId, action, input) => send('POST', `${work(workId)}/workflow/${action}`, input),
    runBulkWorkflowAction: async (action, ids, input) => (await send('POST', `/works/workflow/${action}`, { ids, ...input })).results,
  };
}
