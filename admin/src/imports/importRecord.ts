/** A CSV import of notices as the API shows it (`/api/imports`): its file, header mapping, progress and counts. */
import type { ImportCounts, ImportStatus } from '@oc/domain';

/** A notice column a file header may feed. */
export interface MappableColumn {
  name: string;
  label: { fr: string; en: string };
  required: boolean;
}

export interface ImportRecord {
  id: string;
  fileName: string;
  bytes: number;
  delimiter: string;
  headers: string[];
  /** File header → notice column name, or null to ignore the column. */
  mapping: Record<string, string | null>;
  columns: MappableColumn[];
  status: ImportStatus;
  /** Why the whole import failed, when it did. */
  error: string | null;
  progress: { total: number | null; processed: number; percent: number };
  counts: ImportCounts;
  reportUrl: string | null;
  createdByEmail: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const importInProgress = (anImport: ImportRecord | undefined) => anImport?.status === 'queued' || anImport?.status === 'running';
