/**
 * `npm run import -- notices.csv [--mapping mapping.json] [--user email] [--report report.csv]`: imports a CSV file
 * of notices from the command line through the same code as the `imports.run` job (the file is stored and an import
 * recorded, so it shows in the admin with its report). Uses DATABASE_URL and STORAGE_URL like the worker.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createDataSource, DEFAULT_DATABASE_URL, ImportJobEntity } from '@oc/db';
import { InvalidCsvFile, mappingErrors, proposeMapping, readCsvHead, Utf8Checker, type ColumnMapping } from '@oc/domain';
import { createStorage, DEFAULT_STORAGE_URL } from '@oc/media';
import { runImport } from './run-import';

const HEAD_BYTES = 64 * 1024;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { mapping: { type: 'string' }, user: { type: 'string' }, report: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  if (positionals.length !== 1) {
    console.error('Usage: npm run import -- notices.csv [--mapping mapping.json] [--user email] [--report report.csv]');
    return 2;
  }
  const here = process.env.INIT_CWD ?? process.cwd();
  const path = resolve(here, positionals[0]);
  const { delimiter, headers } = await readHead(path);
  const mapping: ColumnMapping = values.mapping ? JSON.parse(await (await open(resolve(here, values.mapping))).readFile('utf8')) : proposeMapping(headers);
  const problems = mappingErrors(headers, mapping);
  if (Object.keys(problems).length) {
    console.error(`The columns cannot be mapped:\n${Object.entries(problems).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
    console.error(`Proposed mapping (edit it and pass --mapping file.json):\n${JSON.stringify(mapping, null, 2)}`);
    return 2;
  }

  const dataSource = await createDataSource(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, { extra: { max: 3, application_name: 'open-content-import' } }).initialize();
  try {
    const storage = createStorage(process.env.STORAGE_URL ?? DEFAULT_STORAGE_URL);
    const user = values.user
      ? ((await dataSource.query('SELECT id, email FROM "user" WHERE lower(email) = lower($1)', [values.user]))[0] as { id: string; email: string } | undefined)
      : undefined;
    if (values.user && !user) throw new InvalidCsvFile(`No user has the email ${values.user}`);
    const jobs = dataSource.getRepository(ImportJobEntity);
    const job = await jobs.save(
      jobs.create({
        fileName: basename(path),
        bytes: (await stat(path)).size,
        sourceKey: '',
        delimiter,
        headers,
        mapping,
        status: 'queued',
        createdBy: user?.id ?? null,
        createdByEmail: user?.email ?? `command line (${userInfo().username})`,
      }),
    );
    const sourceKey = `imports/${job.id}/source.csv`;
    await storage.write(sourceKey, createReadStream(path), 'text/csv');
    await jobs.update({ id: job.id }, { sourceKey });

    let last = 0;
    const result = await runImport(dataSource, storage, job.id, ({ processed, total }) => {
      if (values.quiet || Date.now() - last < 1000) return;
      last = Date.now();
      process.stderr.write(`\r${processed} / ${total} rows`);
    });
    if (!values.quiet) process.stderr.write('\n');
    if (result.status === 'failed') {
      console.error(`Import ${job.id} failed: ${result.error}`);
      return 1;
    }
    const reportPath = resolve(here, values.report ?? `${positionals[0]}.report.csv`);
    await pipeline(await storage.read(result.reportKey as string), createWriteStream(reportPath));
    console.log(JSON.stringify({ importId: job.id, ...result.counts, rows: result.total, report: reportPath }));
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

/** The header of the file, after checking the first bytes are UTF-8 (the import checks the rest before applying). */
async function readHead(path: string) {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    new Utf8Checker().push(head);
    return readCsvHead(head.toString('utf8'), bytesRead < HEAD_BYTES);
  } finally {
    await file.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof InvalidCsvFile || (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as Error).message : error);
    process.exit(1);
  },
);

