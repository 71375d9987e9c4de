/**
 * `npm run import -- notices.csv [--mapping mapping.json] [--user email] [--report report.csv]`: imports a CSV file
 * of notices from the command line through the same code as the `imports.run` job (the file is stored and an import
 * recorded, so it shows in the admin with its report). Uses DATABASE_URL and STORAGE_URL like the worker.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createDataSource, DEFAULT_DATABASE_URL } from '@oc/db';
import { InvalidCsvFile } from '@oc/domain';
import { createStorage, DEFAULT_STORAGE_URL } from '@oc/media';
import { recordLocalFileImport } from './local-file-import';
import { runImport } from './run-import';

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
  const mapping = values.mapping ? JSON.parse(await readFile(resolve(here, values.mapping), 'utf8')) : undefined;
  const dataSource = await createDataSource(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, { extra: { max: 3, application_name: 'open-content-import' } }).initialize();
  try {
    const storage = createStorage(process.env.STORAGE_URL ?? DEFAULT_STORAGE_URL);
    const user = values.user
      ? ((await dataSource.query('SELECT id, email FROM "user" WHERE lower(email) = lower($1)', [values.user]))[0] as { id: string; email: string } | undefined)
      : undefined;
    if (values.user && !user) throw new InvalidCsvFile(`No user has the email ${values.user}`);
    const actor = { id: user?.id ?? null, email: user?.email ?? `command line (${userInfo().username})` };
    const job = await recordLocalFileImport(dataSource, storage, path, { mapping, actor });

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
    console.log(JSON.stringify({ importId: job.id, rows: result.total, ...result.counts, report: reportPath }));
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof InvalidCsvFile || (error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  },
);
