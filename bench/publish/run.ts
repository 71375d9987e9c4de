/**
 * `npm run bench:publish`: publishes CC0 works with images to the fake portal and to a local MediaWiki through the
 * real worker (a child process, as production runs it), and measures works per second per target, the end-to-end
 * latency from "publish" to "published" (p50/p95), and the worker's peak memory. In the same run it measures
 * MediaWiki's own upload rate for files of the same size, sent straight to its API: the ceiling of the Commons path.
 *
 * Steps: create `oc_bench_publish` (dropped first) and migrate; write N distinct HD JPEGs (one picture, each with its
 * own JPEG comment, so SHA-1s differ) to a temporary storage folder; insert N approved CC0 works with their image
 * rows; start the fake portal, the wiki (PHP_CLI_SERVER_WORKERS) and the worker; start publication of every work at
 * once (what "publish now" does, in batches); poll PostgreSQL until every work is published; then upload M more
 * distinct files of the same size straight to the wiki with the same concurrency. Results: bench/results/publish.json.
 *
 * Flags: --works=N (2000) --commons=N (works also sent to Commons, default all) --raw=M (direct uploads, 100)
 * --width=W --height=H (HD image size, 1600×1200) --portal-concurrency=C (32) --commons-concurrency=C (2)
 * --wiki-workers=W (4) --timeout-min=M (30)
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MediaWikiClient } from '@oc/connectors';
import { createDataSource, DEFAULT_DATABASE_URL, dropDatabase, runMigrations, withDatabase } from '@oc/db';
import { startPublication } from '@oc/jobs';
import { FilesystemStorage } from '@oc/media';
import { FakePortal, LocalMediaWiki, mediawikiInstalled, photo } from '@oc/testing';

const ROOT = resolve(__dirname, '../..');
const RESULTS = join(ROOT, 'bench/results/publish.json');
const BENCH_DB = 'oc_bench_publish';
const SECRET = 'bench-portal-secret-0123456789';

function args() {
  const argv = process.argv.slice(2);
  const known = ['works', 'commons', 'raw', 'width', 'height', 'portal-concurrency', 'commons-concurrency', 'wiki-workers', 'timeout-min'];
  for (const a of argv) if (!known.includes(a.replace(/^--/, '').split('=')[0])) throw new Error(`unknown argument ${a}`);
  const num = (name: string, fallback: number) => {
    const value = argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
    return value === undefined ? fallback : Number(value);
  };
  const works = num('works', 2000);
  return {
    works,
    commons: Math.min(num('commons', works), works),
    raw: num('raw', 100),
    width: num('width', 1600),
    height: num('height', 1200),
    portalConcurrency: num('portal-concurrency', 32),
    commonsConcurrency: num('commons-concurrency', 2),
    wikiWorkers: num('wiki-workers', 4),
    timeoutMin: num('timeout-min', 30),
  };
}

/** The same JPEG with a comment segment after SOI: a valid file with its own bytes (and SHA-1). */
function variant(jpeg: Buffer, label: string): Buffer {
  const text = Buffer.from(label, 'utf8');
  const header = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, text, jpeg.subarray(2)]);
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const round = (n: number | null, digits = 1) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

function memoryMb(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

async function seedWorks(dataSource: DataSource, storage: FilesystemStorage, options: ReturnType<typeof args>, base: Buffer): Promise<{ ids: string[]; commonsIds: Set<string> }> {
  const [{ id: museumId }] = await dataSource.query(
    `INSERT INTO museum (code, name_fr, commons_institution, commons_categories) VALUES ('BENCH', 'Musée Carnavalet', 'Musée Carnavalet', '{"Collections of the Musée Carnavalet"}') RETURNING id`,
  );
  const [{ id: personId }] = await dataSource.query(
    `INSERT INTO person (display_name, sort_name, birth_date, death_date, commons_creator) VALUES ('Eugène Atget', 'Atget, Eugène', '1857-02-12', '1927-08-04', 'Eugène Atget') RETURNING id`,
  );
  const ids: string[] = [];
  for (let start = 0; start < options.works; start += 200) {
    const n = Math.min(200, options.works - start);
    const rows: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO work (museum_id, inventory_number, title_fr, title_en, is_2d, dating_text, dating_start_year, dating_end_year, techniques,
                         rights_status, licence, workflow_state, creator_names, rights_decided_at)
       SELECT $1, 'PH' || lpad(g::text, 6, '0'), 'Paris, rue ' || g || ', vue prise du trottoir', 'Paris, street ' || g, true, '1900', 1900, 1900,
              'tirage sur papier albuminé', 'public_domain', 'CC0', 'approved', 'Eugène Atget', now()
       FROM generate_series($2::int, $3::int) g RETURNING id`,
      [museumId, start + 1, start + n],
    );
    for (const { id } of rows) {
      await dataSource.query(`INSERT INTO work_creator (work_id, position, person_id, role) VALUES ($1, 0, $2, 'auteur')`, [id, personId]);
      const [{ id: mediaId }] = await dataSource.query(
        `INSERT INTO media (work_id, storage_key, sha256, sha1, mime, bytes, width, height, is_primary, status)
         VALUES ($1, 'bench/original', $2, $3, 'image/jpeg', 1, $4, $5, true, 'ready') RETURNING id`,
        [id, randomBytes(32).toString('hex'), randomBytes(20).toString('hex'), options.width, options.height],
      );
      const hdKey = `bench/hd/${mediaId}.jpg`;
      const bytes = variant(base, `work ${id}`);
      await storage.write(hdKey, bytes, 'image/jpeg');
      await dataSource.query(
        `INSERT INTO derivative (media_id, kind, storage_key, width, height, bytes) VALUES
           ($1, 'hd', $2, $3, $4, $5), ($1, 'web', 'bench/web', 1200, 900, 1), ($1, 'thumb', 'bench/thumb', 256, 192, 1), ($1, 'tiles', 'bench/tiles', $3, $4, 0)`,
        [mediaId, hdKey, options.width, options.height, bytes.length],
      );
      ids.push(id);
    }
  }
  return { ids, commonsIds: new Set(ids.slice(0, options.commons)) };
}

async function main(): Promise<void> {
  const options = args();
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const databaseUrl = withDatabase(serverUrl, BENCH_DB);
  if (!mediawikiInstalled()) throw new Error('bench:publish needs MediaWiki: apt-get install -y --no-install-recommends mediawiki php-sqlite3 php-cli php-gd');
  const deadline = Date.now() + options.timeoutMin * 60_000;
  const storageRoot = mkdtempSync(join(tmpdir(), 'oc-bench-publish-'));
  const portal = await new FakePortal(SECRET).start();
  const wiki = new LocalMediaWiki({ workers: options.wikiWorkers });
  let worker: ChildProcess | null = null;
  let dataSource: DataSource | null = null;
  try {
    console.log(`▶ database ${BENCH_DB}, ${options.works} works (${options.commons} also to Commons), HD ${options.width}×${options.height}`);
    await dropDatabase(databaseUrl).catch(() => undefined);
    const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
    await admin.end();
    await runMigrations(databaseUrl);
    dataSource = await createDataSource(databaseUrl).initialize();
    const storage = new FilesystemStorage(storageRoot);
    const base = await photo(options.width, options.height);
    const { ids, commonsIds } = await seedWorks(dataSource, storage, options, base);
    console.log(`  ${ids.length} works, HD file ${(base.length / 1024).toFixed(0)} KiB each`);

    await wiki.start();
    const prefix = `oc-bench-${randomBytes(3).toString('hex')}`;
    // BENCH_WORKER_CPU_PROF=<folder>: a V8 CPU profile of the worker (NODE_OPTIONS may not carry --cpu-prof).
    const profile = process.env.BENCH_WORKER_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WORKER_CPU_PROF}`] : [];
    worker = spawn(process.execPath, [...profile, '-r', './scripts/register.cjs', 'worker/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: prefix,
        STORAGE_URL: storageRoot,
        PORTAL_URL: portal.url,
        PORTAL_SECRET: SECRET,
        PORTAL_CONCURRENCY: String(options.portalConcurrency),
        COMMONS_API_URL: wiki.apiUrl,
        COMMONS_USERNAME: wiki.username,
        COMMONS_PASSWORD: wiki.password,
        COMMONS_CONCURRENCY: String(options.commonsConcurrency),
        PUBLIC_BASE_URL: 'https://opencontent.example.org',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await new Promise((r) => setTimeout(r, 4000));
    if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
    const idleMemory = memoryMb(worker.pid as number);

    console.log('▶ publish');
    const publishedAt = new Map<string, number>();
    const t0 = Date.now();
    // "Publish now" as the API does it, four sessions at a time (the API is stateless: N requests in parallel).
    let cursor = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let start = (cursor += 50) - 50; start < ids.length; start = (cursor += 50) - 50) {
          const batch = ids.slice(start, start + 50);
          await dataSource!.transaction(async (manager) => {
            for (const id of batch) await startPublication(manager, id, null, commonsIds.has(id) ? ['portal', 'commons'] : ['portal'], 'benchmark');
          });
          const at = Date.now();
          for (const id of batch) publishedAt.set(id, at);
        }
      }),
    );
    const publishCalls = Date.now() - t0;

    let peakRss = 0;
    let done = 0;
    for (;;) {
      const memory = memoryMb(worker.pid as number);
      if (memory) peakRss = Math.max(peakRss, memory.hwm, memory.rss);
      const [{ published, failed }] = await dataSource.query(
        `SELECT count(*) FILTER (WHERE workflow_state = 'published')::int AS published,
                (SELECT count(*)::int FROM publication WHERE state = 'failed') AS failed FROM work`,
      );
      if (published !== done) {
        done = published;
        process.stdout.write(`\r  published ${done}/${ids.length}, failed rows ${failed}   `);
      }
      if (done >= ids.length) break;
      if (Date.now() > deadline) throw new Error(`timed out with ${done}/${ids.length} works published`);
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log('');

    const audits: Array<{ id: string; at: Date }> = await dataSource.query(`SELECT entity_id AS id, at FROM audit_event WHERE action = 'workflow.published'`);
    const latencies = audits.map((a) => a.at.getTime() - (publishedAt.get(a.id) as number)).sort((a, b) => a - b);
    const perTarget = async (target: string) => {
      const [row] = await dataSource!.query(
        `SELECT count(*)::int AS n, min(pushed_at) AS first, max(pushed_at) AS last, sum(attempts)::int AS attempts FROM publication WHERE target = $1 AND state = 'succeeded'`,
        [target],
      );
      const seconds = (row.last.getTime() - t0) / 1000;
      const busy = (row.last.getTime() - row.first.getTime()) / 1000;
      return {
        works: row.n,
        attempts: row.attempts,
        secondsFromFirstPublish: round(seconds, 2),
        worksPerSecond: round(row.n / seconds, 1),
        secondsFirstToLastPush: round(busy, 2),
        worksPerSecondWhileBusy: round(row.n / busy, 1),
      };
    };
    const portalFigures = await perTarget('portal');
    const commonsFigures = options.commons ? await perTarget('commons') : null;
    const portalOnlyLatencies = audits
      .filter((a) => !commonsIds.has(a.id))
      .map((a) => a.at.getTime() - (publishedAt.get(a.id) as number))
      .sort((a, b) => a - b);

    console.log(`▶ MediaWiki's own upload rate: ${options.raw} files of the same size, ${options.commonsConcurrency} at a time`);
    const direct = new MediaWikiClient({ apiUrl: wiki.apiUrl, username: wiki.username, password: wiki.password });
    await direct.login();
    // The same page text as ours ({{Artwork}}, licence, categories): MediaWiki parses it on every upload, so a bare
    // description would make the wiki look faster than it is for these files.
    const [sample] = options.commons ? await dataSource.query(`SELECT external_ref AS title FROM publication WHERE target = 'commons' AND state = 'succeeded' LIMIT 1`) : [];
    const pageText = (sample && (await direct.pageText(sample.title))) || 'bench';
    let next = 0;
    const r0 = Date.now();
    await Promise.all(
      Array.from({ length: options.commonsConcurrency }, async () => {
        for (let i = next++; i < options.raw; i = next++) {
          const answer = await direct.upload(`Direct upload ${i} ${prefix}.jpg`, variant(base, `direct ${i} ${prefix}`), pageText, 'Direct upload (bench)');
          if (answer.result !== 'Success') throw new Error(`direct upload ${i}: ${JSON.stringify(answer).slice(0, 300)}`);
        }
      }),
    );
    const rawSeconds = (Date.now() - r0) / 1000;
    const rawRate = options.raw / rawSeconds;

    const report = {
      benchmark: 'publish',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: round(totalmem() / 1024 ** 3), loadavg: loadavg().map((l) => round(l, 2)) },
      settings: { ...options, hdBytes: base.length, wiki: 'MediaWiki 1.39 (Debian), SQLite, php -S', portal: 'fake portal (libs/testing), signatures checked' },
      publishCallsMs: publishCalls,
      publishCallsPerSecond: round(ids.length / (publishCalls / 1000), 1),
      portal: { ...portalFigures, target: '≥ 100 works/s', met: (portalFigures.worksPerSecond ?? 0) >= 100 },
      commons: commonsFigures && { ...commonsFigures, mediawikiDirectUploadsPerSecond: round(rawRate, 2), ratioToMediaWiki: round((commonsFigures.worksPerSecond ?? 0) / rawRate, 2) },
      mediawikiDirect: { files: options.raw, seconds: round(rawSeconds, 2), uploadsPerSecond: round(rawRate, 2), concurrency: options.commonsConcurrency, pageTextBytes: Buffer.byteLength(pageText) },
      endToEndMs: {
        allWorks: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) ?? null, works: latencies.length },
        portalOnlyWorks: { p50: percentile(portalOnlyLatencies, 50), p95: percentile(portalOnlyLatencies, 95), works: portalOnlyLatencies.length },
      },
      workerMemoryMb: { idleRss: round(idleMemory?.rss ?? null), peakRss: round(peakRss) },
      portalRequests: portal.requests.length,
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
    console.table({
      publish: { 'works/s': report.publishCallsPerSecond, works: ids.length, seconds: round(publishCalls / 1000, 2) },
      portal: { 'works/s': report.portal.worksPerSecond, works: report.portal.works, seconds: report.portal.secondsFromFirstPublish },
      commons: { 'works/s': commonsFigures?.worksPerSecond ?? null, works: commonsFigures?.works ?? 0, seconds: commonsFigures?.secondsFromFirstPublish ?? null },
      'mediawiki direct': { 'works/s': report.mediawikiDirect.uploadsPerSecond, works: options.raw, seconds: report.mediawikiDirect.seconds },
    });
    console.log(`publish → published: p50 ${report.endToEndMs.allWorks.p50} ms, p95 ${report.endToEndMs.allWorks.p95} ms; worker peak RSS ${report.workerMemoryMb.peakRss} MB`);
    console.log(`results in ${RESULTS}`);
  } finally {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((r) => worker!.once('exit', r));
      worker.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (worker.exitCode === null) worker.kill('SIGKILL');
    }
    await dataSource?.destroy();
    await portal.stop();
    await wiki.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
    rmSync(storageRoot, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
