/**
 * ra-data-simple-rest for the resources, decorated with the API's few calls that are not CRUD (DESIGN.md §8): a
 * work's rights assessment and decision, workflow actions on one work or on many, bulk edits, image uploads and the
 * images themselves (they need the bearer token), CSV imports and exports, the dashboard, and what admins do to job
 * queues.
 */
import type { WorkflowAction, WorkflowState } from '@oc/domain';
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import type { DerivativeKind } from '@oc/domain';
import type { DashboardSummary } from '../dashboard/dashboardSummary';
import type { ImportRecord } from '../imports/importRecord';
import type { MediaRecord } from '../media/mediaRecord';
import type { BulkUpdateChanges, BulkUpdateResult } from '../works/bulkUpdate';
import type { RightsAssessmentResponse, RightsDecisionInput, WorkRecord } from '../works/workRecord';
import { createFileFetcher } from './fetchFile';
import type { HttpClient } from './httpClient';
import { bearerHeader, type TokenStore } from './tokenStore';
import { uploadFile } from './uploadFile';

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
  /** `onProgress` hears the fraction of the file sent, from 0 to 1. */
  uploadMedia(workId: Identifier, file: File, onProgress?: (fraction: number) => void): Promise<MediaRecord>;
  getDerivative(mediaId: Identifier, kind: Exclude<DerivativeKind, 'tiles'>): Promise<Blob>;
  /** What a deep-zoom viewer needs to read an image's IIIF tiles itself: their info.json and the headers to send. */
  deepZoomSource(mediaId: Identifier): Promise<{ url: string; headers: Record<string, string> }>;
  bulkUpdateWorks(ids: Identifier[], changes: BulkUpdateChanges): Promise<BulkUpdateResult[]>;
  /** The works the list filter selects, as the import's CSV. */
  exportWorks(filter: Record<string, unknown>): Promise<Blob>;
  /** Uploads a CSV file of notices; the API answers with the proposed header mapping. */
  uploadImport(file: File, onProgress?: (fraction: number) => void): Promise<ImportRecord>;
  runImport(id: Identifier, mapping: Record<string, string | null>): Promise<ImportRecord>;
  getImportReport(id: Identifier): Promise<Blob>;
  getDashboard(): Promise<DashboardSummary>;
  pauseQueue(name: string): Promise<unknown>;
  resumeQueue(name: string): Promise<unknown>;
  retryFailedJobs(name: string): Promise<{ retried: number }>;
  retryJob(id: Identifier): Promise<unknown>;
}

export function createDataProvider(apiUrl: string, httpClient: HttpClient, tokens: TokenStore): OcDataProvider {
  const send = async (method: string, path: string, body?: unknown) =>
    (await httpClient(`${apiUrl}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) })).json;
  const work = (id: Identifier) => `/works/${encodeURIComponent(id)}`;
  const media = (id: Identifier) => `${apiUrl}/media/${encodeURIComponent(id)}`;
  const queue = (name: string) => `/queues/${encodeURIComponent(name)}`;
  const anImport = (id: Identifier) => `/imports/${encodeURIComponent(id)}`;
  const fetchFile = createFileFetcher(tokens);

  return {
    ...simpleRestProvider(apiUrl, httpClient),
    getRightsAssessment: (workId) => send('GET', `${work(workId)}/rights-assessment`),
    recordRights: (workId, decision) => send('PUT', `${work(workId)}/rights`, decision),
    runWorkflowAction: (workId, action, input) => send('POST', `${work(workId)}/workflow/${action}`, input),
    runBulkWorkflowAction: async (action, ids, input) => (await send('POST', `/works/workflow/${action}`, { ids, ...input })).results,
    uploadMedia: async (workId, file, onProgress) =>
      (await uploadFile({ url: `${apiUrl}${work(workId)}/media`, file, headers: bearerHeader(tokens), onProgress })) as MediaRecord,
    getDerivative: (mediaId, kind) => fetchFile(`${media(mediaId)}/${kind}`),
    // react-admin wants every data provider call to answer a promise.
    deepZoomSource: async (mediaId) => ({ url: `${media(mediaId)}/tiles/info.json`, headers: bearerHeader(tokens) }),
    bulkUpdateWorks: (ids, changes) => send('POST', '/works/bulk-update', { ids, changes }),
    exportWorks: (filter) => fetchFile(`${apiUrl}/works/export.csv?${new URLSearchParams({ filter: JSON.stringify(filter) })}`),
    uploadImport: async (file, onProgress) => (await uploadFile({ url: `${apiUrl}/imports`, file, headers: bearerHeader(tokens), onProgress })) as ImportRecord,
    runImport: (id, mapping) => send('POST', `${anImport(id)}/run`, { mapping }),
    getImportReport: (id) => fetchFile(`${apiUrl}${anImport(id)}/report.csv`),
    getDashboard: () => send('GET', '/dashboard'),
    pauseQueue: (name) => send('POST', `${queue(name)}/pause`),
    resumeQueue: (name) => send('POST', `${queue(name)}/resume`),
    retryFailedJobs: (name) => send('POST', `${queue(name)}/retry-failed`),
    retryJob: (id) => send('POST', `/jobs/${encodeURIComponent(id)}/retry`),
  };
}
