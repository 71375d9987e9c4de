/** The per-row import report, downloadable as CSV: one line per data row of the file, in file order. */
export const ROW_OUTCOMES = ['created', 'updated', 'unchanged', 'rejected'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

export interface ReportRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  outcome: RowOutcome;
  museum: string;
  inventoryNumber: string;
  workId: string | null;
  /** The file's column(s) at fault, for a rejected row. */
  columns: string[];
  reason: string;
}

export const REPORT_HEADER = ['line', 'outcome', 'museum', 'inventory_number', 'work_id', 'column', 'reason'] as const;

export function reportCells(row: ReportRow): string[] {
  return [String(row.line), row.outcome, row.museum, row.inventoryNumber, row.workId ?? '', row.columns.join(', '), row.reason];
}

export type ImportCounts = Record<RowOutcome, number>;

export const IMPORT_STATUSES = ['uploaded', 'queued', 'running', 'succeeded', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
