/**
 * One measured phase of the import benchmark, run in its own process so its peak RSS is its own:
 * `import <file>` (the command line's code path), `export <file>` (the API's export code, to a file) or
 * `copy <file>` (PostgreSQL's COPY of the same file into a bare table, the limit). Prints one JSON line.
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createDataSource } from '@oc/db';
import { createStorage } from '@oc/media';
import { WorksExportService } from '../../api/src/exports/works-export.service';
import { recordLocalFileImport } from '../../worker/src/imports/local-file-import';
import { runImport } from '../../worker/src/imports/run-import';

async function main(): Promise<void> {
  const [phase, file] = process.argv.slice(2);
  const dataSource = await createDataSource(process.env.DATABASE_URL as string, { extra: { max: 4 } }).initialize();
  const started = process.hrtime.bigint();
  let rows = 0;
  let detail: Record<string, unknown> = {};
  if (phase === 'import') {
    const storage = createStorage(process.env.STORAGE_URL as string);
    const job = await recordLocalFileImport(dataSource, storage, file, { actor: { id: null, email: 'bench' } });
    const result = await runImport(dataSource, storage, job.id);
    rows = result.total;
    detail = { ...result.counts, status: result.status };
  } else if (phase === 'export') {
    const { body, copied } = await new WorksExportService(dataSource).open({});
    await pipeline(body, createWriteStream(file));
    rows = (await copied) ?? 0;
  } else if (phase === 'copy') {
    await dataSource.query(`DROP TABLE IF EXISTS bench_copy; CREATE UNLOGGED TABLE bench_copy (${Array.from({ length: 21 }, (_, i) => `c${i} text`).join(', ')})`);
    await dataSource.query(`COPY bench_copy FROM '${file.replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true, DELIMITER ';')`);
    rows = Number((await dataSource.query('SELECT count(*) AS n FROM bench_copy'))[0].n);
    await dataSource.query('DROP TABLE bench_copy');
  } else throw new Error(`unknown phase ${phase}`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage();
  await dataSource.destroy();
  console.log(JSON.stringify({ phase, rows, seconds: Math.round(seconds * 100) / 100, rowsPerSecond: Math.round(rows / seconds), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), nodeCpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100, ...detail }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
