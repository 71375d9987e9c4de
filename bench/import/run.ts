/**
 * `npm run bench:import`: imports generated notices (300,000 by default, ~20,000 creators) into an empty database,
 * imports the same file again, exports everything, and measures PostgreSQL's own COPY of the same file into a bare
 * table as the limit. Each phase runs in its own process (its peak RSS is its own). Results: bench/results/import.json.
 * BENCH_IMPORT_ROWS changes the size; the database server is DATABASE_URL's (or the local one).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '@oc/db';
import { createTestDatabase } from '@oc/testing';
import { MUSEUM_CODES, writeNoticesCsv } from '../../worker/src/imports/generated-notices';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 300_000);
const CREATORS = Math.round(ROWS / 15);
const TARGETS = { import: 5_000, reimport: 10_000, export: 50_000, peakRssMb: 500 };
const root = join(__dirname, '..', '..');

function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`;
  }
}

function phase(name: string, file: string, env: Record<string, string>): Record<string, unknown> {
  const before = uptime();
  // The import's live heap is small (~60 MB); a capped heap makes V8 collect instead of growing (see README).
  const child = spawnSync(process.execPath, [...(process.env.BENCH_PHASE_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PHASE_CPU_PROF}`] : []), '--max-old-space-size=256', '-r', join(root, 'scripts', 'register.cjs'), join(__dirname, 'phase.ts'), name, file], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`phase ${name} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1) as string);
  console.log(`${name.padEnd(8)} ${String(result.rows).padStart(8)} rows ${String(result.seconds).padStart(8)} s ${String(result.rowsPerSecond).padStart(8)} rows/s  peak RSS ${result.peakRssMb} MB  node CPU ${result.nodeCpuSeconds} s`);
  return { ...result, loadBefore: before, loadAfter: uptime() };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'oc-bench-import-'));
  // PostgreSQL's COPY reads the file itself (as its own user) when the server is on this machine.
  chmodSync(folder, 0o755);
  const file = join(folder, 'notices.csv');
  console.log(`generating ${ROWS} notices with ${CREATORS} creators…`);
  await writeNoticesCsv(file, ROWS, { creators: CREATORS });
  chmodSync(file, 0o644);
  const db = await createTestDatabase('bench_import');
  try {
    const dataSource = await createDataSource(db.url).initialize();
    await dataSource.query(`INSERT INTO museum (code, name_fr) SELECT c, 'Musée ' || c FROM unnest($1::text[]) c`, [MUSEUM_CODES]);
    await dataSource.destroy();
    const env = { DATABASE_URL: db.url, STORAGE_URL: join(folder, 'storage'), LOG_LEVEL: 'silent' };
    const copy = phase('copy', file, env);
    const first = phase('import', file, env);
    const again = phase('import', file, env);
    const exported = phase('export', join(folder, 'export.csv'), env);
    const rate = (r: Record<string, unknown>) => r.rowsPerSecond as number;
    const rss = (r: Record<string, unknown>) => r.peakRssMb as number;
    const results = {
      date: new Date().toISOString(),
      rows: ROWS,
      creators: CREATORS,
      fileMb: Math.round(statSync(file).size / 1024 / 1024),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1024 ** 3), note: 'shared with other engineers running tests; see each phase’s uptime' },
      targets: TARGETS,
      phases: { copy, import: first, reimport: again, export: exported },
      met: {
        import: rate(first) >= TARGETS.import,
        reimport: rate(again) >= TARGETS.reimport,
        export: rate(exported) >= TARGETS.export,
        peakRss: [first, again, exported].every((r) => rss(r) < TARGETS.peakRssMb),
      },
      ofCopy: { import: +(rate(first) / rate(copy)).toFixed(3), reimport: +(rate(again) / rate(copy)).toFixed(3), export: +(rate(exported) / rate(copy)).toFixed(3) },
    };
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', 'import.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results.met));
  } finally {
    await db.drop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
