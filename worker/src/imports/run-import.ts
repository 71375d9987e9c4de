/**
 * Runs one import from its stored file, for the `imports.run` job and the command line alike: a first pass checks the
 * whole file (UTF-8, quoting, header) and counts its rows, so a broken file fails before any row is applied; the
 * second pass applies rows in batches, writes the per-row report to storage as it goes and records progress.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { DataSource } from 'typeorm';
import { ImportJobEntity } from '@oc/db';
import { compileMapping, csvLine, InvalidCsvFile, mappingErrors, REPORT_HEADER, reportCells, type ImportCounts, type ReportRow } from '@oc/domain';
import type { MediaStorage } from '@oc/media';
import { readCsvRecords, type CsvRecord } from './csv-records';
import { ConcurrentBatches } from './concurrent-batches';
import { ImportBatches } from './import-batch';
import { NoticeStore } from './notice-store';
import { NotPlainCsv, readPlainCsv } from './plain-csv';

export const IMPORT_BATCH_SIZE = 1000;
/**
 * Batches (or parts of batches, see concurrent-batches.ts) applied at the same time, each in its own transaction: one
 * batch's statements keep one PostgreSQL backend (one core) busy while the import process mostly waits. On two cores
 * (bench:import, third session's host): one at a time 3,700 rows/s, two 5,000–5,080, three 5,090–5,420 on 300,000
 * rows and 5,400–5,550 on 100,000 (while one batch is in the import's own code, two are in PostgreSQL).
 */
export const IMPORT_CONCURRENCY = 3;
/** After this many written rows the planner's statistics are refreshed rather than left to autovacuum. */
const ANALYSE_AFTER_ROWS = 10_000;

export interface ImportProgress {
  processed: number;
  total: number;
  counts: ImportCounts;
}

export interface ImportResult extends ImportProgress {
  status: 'succeeded' | 'failed';
  error: string | null;
  reportKey: string | null;
}

export const reportKeyOf = (importId: string) => `imports/${importId}/report.csv`;

export async function runImport(
  dataSource: DataSource,
  storage: MediaStorage,
  importId: string,
  onProgress: (progress: ImportProgress) => Promise<void> | void = () => undefined,
): Promise<ImportResult> {
  const jobs = dataSource.getRepository(ImportJobEntity);
  const job = await jobs.findOneByOrFail({ id: importId });
  if (job.status === 'succeeded' || job.status === 'failed') return resultOf(job);
  await jobs.update({ id: importId }, { status: 'running', startedAt: new Date(), error: null, processedRows: 0, createdCount: 0, updatedCount: 0, unchangedCount: 0, rejectedCount: 0 });

  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  let processed = 0;
  let total = 0;
  try {
    const problems = mappingErrors(job.headers, job.mapping);
    if (Object.keys(problems).length) throw new InvalidCsvFile(`The column mapping is not usable: ${Object.entries(problems).map(([k, v]) => `${k} ${v}`).join('; ')}`);
    const checked = await checkFile(storage, job);
    total = checked.rows;
    await jobs.update({ id: importId }, { totalRows: total });
    await onProgress({ processed, total, counts });

    const batches = new ImportBatches({
      dataSource,
      mapping: compileMapping(job.headers, job.mapping),
      museums: await new NoticeStore(dataSource.manager).museumsByCode(),
      actor: { id: job.createdBy, email: job.createdByEmail },
      fileName: job.fileName,
    });
    const report = new ReportWriter(storage, reportKeyOf(importId));
    try {
      const record = async (rows: ReportRow[]) => {
        for (const row of rows) counts[row.outcome]++;
        processed += rows.length;
        await report.write(rows);
        await jobs.update({ id: importId }, { processedRows: processed, createdCount: counts.created, updatedCount: counts.updated, unchangedCount: counts.unchanged, rejectedCount: counts.rejected });
        await onProgress({ processed, total, counts });
      };
      const applier = new ConcurrentBatches(batches, record, { applying: IMPORT_CONCURRENCY, unfinished: IMPORT_CONCURRENCY + 1 });
      let batch: CsvRecord[] = [];
      let header = true;
      const source = await storage.read(job.sourceKey);
      for await (const csvRecord of checked.plain ? readPlainCsv(source, job.delimiter) : readCsvRecords(source, job.delimiter)) {
        if (header) {
          header = false;
          continue;
        }
        batch.push(csvRecord);
        if (batch.length >= IMPORT_BATCH_SIZE) {
          await applier.add(batches.read(batch));
          batch = [];
        }
      }
      if (batch.length) await applier.add(batches.read(batch));
      await applier.finish();
      await report.end();
      if (counts.created + counts.updated >= ANALYSE_AFTER_ROWS) await new NoticeStore(dataSource.manager).analyse();
    } catch (error) {
      report.abort(error as Error);
      throw error;
    }
    await jobs.update({ id: importId }, { status: 'succeeded', reportKey: reportKeyOf(importId), finishedAt: new Date() });
    return { status: 'succeeded', error: null, reportKey: reportKeyOf(importId), processed, total, counts };
  } catch (error) {
    if (!(error instanceof InvalidCsvFile)) throw error;
    await jobs.update({ id: importId }, { status: 'failed', error: error.message, finishedAt: new Date() });
    return { status: 'failed', error: error.message, reportKey: null, processed, total, counts };
  }
}

/** Marks an import failed for a reason other than its file (the job's last attempt gave up). */
export async function markImportFailed(dataSource: DataSource, importId: string, message: string): Promise<void> {
  await dataSource.getRepository(ImportJobEntity).update({ id: importId }, { status: 'failed', error: message, finishedAt: new Date() });
}

/**
 * Reads the whole file once; answers its number of data rows and whether the fast reader can read it again (it read
 * it all), or throws InvalidCsvFile. A file the fast reader gives up on is read by csv-parse, whose errors are the ones
 * reported.
 */
async function checkFile(storage: MediaStorage, job: ImportJobEntity): Promise<{ rows: number; plain: boolean }> {
  try {
    return { rows: await countRows(job, readPlainCsv(await storage.read(job.sourceKey), job.delimiter)), plain: true };
  } catch (error) {
    if (!(error instanceof NotPlainCsv)) throw error;
  }
  return { rows: await countRows(job, readCsvRecords(await storage.read(job.sourceKey), job.delimiter)), plain: false };
}

async function countRows(job: ImportJobEntity, records: AsyncIterable<CsvRecord>): Promise<number> {
  let rows = -1;
  for await (const { cells } of records) {
    if (rows === -1 && cells.map((c, i) => c.trim() || `column ${i + 1}`).join('\u0000') !== job.headers.join('\u0000')) {
      throw new InvalidCsvFile('The file has changed since it was uploaded: its header is not the one the mapping was made for');
    }
    rows++;
  }
  if (rows < 1) throw new InvalidCsvFile('The file has a header but no rows');
  return rows;
}

function resultOf(job: ImportJobEntity): ImportResult {
  return {
    status: job.status === 'succeeded' ? 'succeeded' : 'failed',
    error: job.error,
    reportKey: job.reportKey,
    processed: job.processedRows,
    total: job.totalRows ?? 0,
    counts: { created: job.createdCount, updated: job.updatedCount, unchanged: job.unchangedCount, rejected: job.rejectedCount },
  };
}

/** Streams report lines into storage while the import runs, waiting when storage is slower than the import. */
class ReportWriter {
  private readonly stream = new PassThrough();
  private readonly stored: Promise<number>;

  constructor(storage: MediaStorage, key: string) {
    this.stored = storage.write(key, this.stream, 'text/csv; charset=utf-8');
    this.stored.catch(() => undefined); // awaited in end()
    this.stream.write(`\uFEFF${csvLine([...REPORT_HEADER])}`);
  }

  async write(rows: ReportRow[]): Promise<void> {
    if (!this.stream.write(rows.map((row) => csvLine(reportCells(row))).join(''))) {
      // A storage that stops reading would never drain: its failure ends the wait too.
      await Promise.race([once(this.stream, 'drain'), this.stored.then(() => Promise.reject(new Error('The report storage closed early')))]);
    }
  }

  async end(): Promise<void> {
    this.stream.end();
    await this.stored;
  }

  abort(error: Error): void {
    this.stream.destroy(error);
  }
}
