/** What the admin sees of an import: its file, mapping (with the notice columns to choose from), progress and counts. */
import type { ImportJobEntity } from '@oc/db';
import { mappingErrors, NOTICE_COLUMNS } from '@oc/domain';

/** The notice columns a file header may be mapped to, for the mapping editor. */
export const MAPPABLE_COLUMNS = NOTICE_COLUMNS.map((c) => ({ name: c.name, label: c.label, required: c.required }));

export function toImportView(job: ImportJobEntity) {
  return {
    id: job.id,
    fileName: job.fileName,
    bytes: job.bytes,
    delimiter: job.delimiter,
    headers: job.headers,
    mapping: job.mapping,
    mappingErrors: mappingErrors(job.headers, job.mapping),
    columns: MAPPABLE_COLUMNS,
    status: job.status,
    error: job.error,
    progress: {
      total: job.totalRows,
      processed: job.processedRows,
      percent: job.totalRows ? Math.floor((job.processedRows * 100) / job.totalRows) : job.status === 'succeeded' ? 100 : 0,
    },
    counts: { created: job.createdCount, updated: job.updatedCount, unchanged: job.unchangedCount, rejected: job.rejectedCount },
    reportUrl: job.reportKey ? `/api/imports/${job.id}/report.csv` : null,
    createdBy: job.createdBy,
    createdByEmail: job.createdByEmail,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export type ImportView = ReturnType<typeof toImportView>;
