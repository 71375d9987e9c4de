/**
 * `npm run bench:api`: list and notice latency of the admin API on a 300,000-work collection.
 *
 * Creates `oc_bench_api` (dropped first), generates the collection (generate.ts), creates an admin, starts the API
 * as a child process (production mode), logs in, then drives it with autocannon:
 *   a1  full-text first page, frequent title word, museum filter, sorted by title
 *   a2  full-text first page, creator name typed without accents ("cezanne"), museum filter, sorted by title
 *   a3  full-text first page, a rarer word whose titles sort late ("nature" → "Nature morte …"), same filter
 *   b   deep page: range [100000,100024], sorted by updatedAt DESC, no filter
 *   c   getOne, ids rotating over a sample of 1,000 works
 * It samples the API's RSS every 200 ms, runs EXPLAIN (ANALYZE, BUFFERS) on the SQL the API issues for each
 * scenario (mirroring api/src/works/works.repository.ts) plus the query shapes we recommend, writes
 * bench/results/api.json and prints a table. The API is stopped and the database dropped at the end.
 *
 * Flags: --keep (keep the database), --reuse (reuse a kept database, skip generation), --dist (run the SWC build in
 * dist/api instead of the sources through swc-node), --works=N --people=N
 * --seed=N --duration=S --warmup=S --connections=N --scenarios=a1,a2,b,c --rare-term=WORD --timeout-min=M
 * --no-single (skip the second, single-connection pass that separates service time from queueing)
 * Database server: BENCH_DATABASE_URL, else DATABASE_URL, else the default; only its database name is replaced.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createDataSource, DEFAULT_DATABASE_URL, dropDatabase, hashPassword, runMigrations, withDatabase } from '@oc/db';
import { parseListQuery } from '../../api/src/common/list-query';
import { WORK_LIST } from '../../api/src/works/works.controller';
import { WorksRepository } from '../../api/src/works/works.repository';
import { fold, generateCollection, GenerateResult } from './generate';

// autocannon ships no types; the few members used here.
interface AutocannonResult {
  requests: { average: number; total: number }; latency: { p50: number; p99: number; average: number; max: number };
  throughput: { average: number }; duration: number; errors: number; timeouts: number; non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonInstance extends Promise<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonRequest { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (req: AutocannonRequest) => AutocannonRequest }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => AutocannonInstance;

const ROOT = resolve(__dirname, '../..');
const RESULTS = join(ROOT, 'bench/results/api.json');
const BENCH_DB = 'oc_bench_api';

interface Args {
  keep: boolean; reuse: boolean; dist: boolean; single: boolean; works: number; people: number; seed: number; duration: number; warmup: number;
  connections: number; scenarios: string[] | null; rareTerm: string; timeoutMin: number;
}

function parseArgs(argv: string[]): Args {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
  const num = (name: string, fallback: number) => (get(name) !== undefined ? Number(get(name)) : fallback);
  const known = ['keep', 'reuse', 'dist', 'no-single', 'works', 'people', 'seed', 'duration', 'warmup', 'connections', 'scenarios', 'rare-term', 'timeout-min'];
  for (const a of argv) {
    if (!known.includes(a.replace(/^--/, '').split('=')[0])) throw new Error(`unknown argument ${a}`);
  }
  return {
    keep: argv.includes('--keep'), reuse: argv.includes('--reuse'), dist: argv.includes('--dist'), single: !argv.includes('--no-single'), works: num('works', 300_000), people: num('people', 20_000),
    seed: num('seed', 20251126), duration: num('duration', 15), warmup: num('warmup', 3), connections: num('connections', 10),
    scenarios: get('scenarios')?.split(',') ?? null, rareTerm: get('rare-term') ?? 'nature', timeoutMin: num('timeout-min', 15),
  };
}

const TARGETS = { ftsFirstPageP95Ms: 50, getOneP95Ms: 20, peakRssMb: 300 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------------------------
// Process probes (Linux /proc)

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
function hwmMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
/** User + system CPU seconds of a process (clock ticks are 100 Hz on Linux). */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Busy CPU seconds of the whole machine since boot (all cores), from /proc/stat. */
function machineBusySeconds(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, _idle, _iowait, irq, softirq, steal] = fields;
    return (user + nice + system + irq + softirq + (steal ?? 0)) / 100;
  } catch {
    return null;
  }
}

class RssSampler {
  peak = 0;
  private timer?: NodeJS.Timeout;
  constructor(private readonly pid: number) {}
  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
  }
  sample(): number | null {
    const v = rssMb(this.pid);
    if (v !== null && v > this.peak) this.peak = v;
    return v;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// API child process

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

interface Api { child: ChildProcess; base: string; output: string[] }

/** The API from source through swc-node, or with --dist (what `npm run bench:api` passes) the SWC build `npm start` runs. */
function apiCommand(dist: boolean): string[] {
  if (!dist) return ['-r', './scripts/register.cjs', 'api/src/main.ts'];
  const main = 'dist/api/api/src/main.js';
  try {
    readFileSync(join(ROOT, main));
  } catch {
    throw new Error(`--dist: ${main} not found; run \`npm run build\` first`);
  }
  // The flags the Dockerfile runs it with; BENCH_API_CPU_PROF=<dir> adds a CPU profile written when the API stops.
  const profile = process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`] : [];
  return [...profile, '--max-old-space-size=192', main];
}

async function startApi(databaseUrl: string, dist: boolean): Promise<Api> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, apiCommand(dist), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl, REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...(process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}), JWT_SECRET: randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const api = { child, base: `http://127.0.0.1:${port}`, output };
  const started = Date.now();
  while (Date.now() - started < 90_000) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}:\n${output.join('').slice(-3000)}`);
    try {
      const res = await fetch(`${api.base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return api;
    } catch {
      /* not listening yet */
    }
    await sleep(300);
  }
  await stopApi(api);
  throw new Error(`the API did not answer 200 on /api/health within 90 s:\n${output.join('').slice(-3000)}`);
}

async function stopApi(api: Api): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  const exited = new Promise((r) => api.child.once('exit', r));
  api.child.kill('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(8000).then(() => false)])) return;
  api.child.kill('SIGKILL');
  await exited;
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios

interface Scenario {
  key: string; label: string; target?: { p95Ms: number; name: string };
  path?: string; paths?: string[]; sql?: { page: string; count?: string; params: unknown[] };
}

interface ScenarioResult {
  key: string; label: string; path: string; sanity: { status: number; contentRange: string | null; rows: number | null; bytes: number };
  requests: number; p50: number; p95: number; p99: number; mean: number; max: number; errors: number; timeouts: number; non2xx: number;
  throughputRps: number; throughputKBps: number; apiCpuPct: number | null; pgBackendCpuPct: number | null;
  /** CPU used by this process (autocannon) and by everything else on the machine, in % of one core: noise indicator. */
  benchCpuPct: number; otherCpuPct: number | null; peakRssMb: number;
  loadavgBefore: number[]; autocannon: { p50: number; p99: number; mean: number };
}

function percentile(sorted: Float64Array, q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

async function pgBackendCpu(admin: Client): Promise<Map<number, number>> {
  const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'open-content-api'`, [BENCH_DB]);
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    const s = cpuSeconds(pid);
    if (s !== null) out.set(pid, s);
  }
  return out;
}

async function runScenario(api: Api, token: string, scenario: Scenario, args: Pick<Args, 'connections' | 'duration' | 'warmup'>, sampler: RssSampler, admin: Client): Promise<ScenarioResult> {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const firstPath = scenario.path ?? scenario.paths![0];
  const res = await fetch(api.base + firstPath, { headers });
  const body = await res.text();
  let rows: number | null = null;
  try {
    const parsed = JSON.parse(body);
    rows = Array.isArray(parsed) ? parsed.length : null;
  } catch {
    /* reported as is */
  }
  const sanity = { status: res.status, contentRange: res.headers.get('content-range'), rows, bytes: body.length };
  if (res.status !== 200) throw new Error(`${scenario.key}: GET ${firstPath} answered ${res.status}: ${body.slice(0, 500)}`);

  let cursor = 0;
  const requests: AutocannonRequest[] | undefined = scenario.paths
    ? [{ method: 'GET', setupRequest: (req) => ({ ...req, path: scenario.paths![cursor++ % scenario.paths!.length] }) }]
    : undefined;
  const options = (duration: number) => ({
    url: api.base + firstPath, connections: args.connections, duration, headers, timeout: 10, ...(requests ? { requests } : {}),
  });
  if (args.warmup > 0) await autocannon(options(args.warmup));

  const loadavgBefore = loadavg().map((v) => round(v, 2));
  const cpuBefore = cpuSeconds(api.child.pid!);
  const pgBefore = await pgBackendCpu(admin).catch(() => new Map<number, number>());
  const peakBefore = sampler.peak;
  sampler.peak = 0;
  const latencies: number[] = [];
  const busyBefore = machineBusySeconds();
  const selfBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const instance = autocannon(options(args.duration));
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const self = process.cpuUsage(selfBefore);
  const selfCpu = (self.user + self.system) / 1e6;
  const busyAfter = machineBusySeconds();
  const cpuAfter = cpuSeconds(api.child.pid!);
  const pgAfter = await pgBackendCpu(admin).catch(() => new Map<number, number>());
  let pgCpu = 0;
  for (const [pid, after] of pgAfter) pgCpu += after - (pgBefore.get(pid) ?? after);
  const scenarioPeak = sampler.peak;
  sampler.peak = Math.max(peakBefore, scenarioPeak);

  const sorted = Float64Array.from(latencies).sort();
  const mean = latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1);
  return {
    key: scenario.key, label: scenario.label, path: firstPath, sanity,
    requests: result.requests.total, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)), mean: round(mean), max: round(sorted[sorted.length - 1] ?? NaN),
    errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
    throughputRps: round(result.requests.total / elapsed), throughputKBps: round(result.throughput.average / 1024),
    apiCpuPct: cpuBefore !== null && cpuAfter !== null ? round(((cpuAfter - cpuBefore) / elapsed) * 100) : null,
    pgBackendCpuPct: pgAfter.size ? round((pgCpu / elapsed) * 100) : null,
    benchCpuPct: round((selfCpu / elapsed) * 100),
    otherCpuPct: busyBefore !== null && busyAfter !== null && cpuBefore !== null && cpuAfter !== null
      ? round((Math.max(0, busyAfter - busyBefore - (cpuAfter - cpuBefore) - pgCpu - selfCpu) / elapsed) * 100) : null,
    peakRssMb: round(scenarioPeak), loadavgBefore,
    autocannon: { p50: result.latency.p50, p99: result.latency.p99, mean: round(result.latency.average) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Query plans

interface PlanResult { name: string; sql: string; params: unknown[]; medianMs: number; planningMs: number; rows: number | null; slow: boolean; plan: string }

async function explain(client: Client, name: string, sql: string, params: unknown[], runs = 5): Promise<PlanResult> {
  const times: number[] = [];
  let planning = 0;
  let rows: number | null = null;
  for (let i = 0; i < runs + 1; i++) {
    const { rows: out } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const doc = out[0]['QUERY PLAN'][0];
    if (i === 0) continue; // first run warms the cache
    times.push(doc['Execution Time']);
    planning = doc['Planning Time'];
    rows = doc.Plan['Actual Rows'];
  }
  const { rows: text } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  times.sort((a, b) => a - b);
  const medianMs = round(times[Math.floor(times.length / 2)], 2);
  return { name, sql, params, medianMs, planningMs: round(planning, 2), rows, slow: medianMs > 20, plan: text.map((r) => r['QUERY PLAN']).join('\n') };
}

interface EstimateResult { name: string; estimate: number | null; actual: number | null; ms: number | null; sql: string }

interface SentStatement { text: string; values: unknown[] }

/**
 * The statements the API sends for a scenario's request, exactly (text and parameters): its repository is run here
 * against the bench database with the API's defaults, once to warm its caches as the load did (the planner's
 * estimate of a large total is kept for a minute), then again while every statement reaching the driver is recorded.
 */
async function sentStatements(dbUrl: string, request: (repository: WorksRepository, manager: import('typeorm').EntityManager) => Promise<unknown>): Promise<SentStatement[]> {
  const dataSource = await createDataSource(dbUrl).initialize();
  const repository = new WorksRepository({ LIST_EXACT_TOTAL: 1000 });
  const query = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
  const sent: SentStatement[] = [];
  try {
    await request(repository, dataSource.manager);
    Client.prototype.query = function (this: Client, config: unknown, values?: unknown, ...rest: unknown[]) {
      const text = typeof config === 'string' ? config : (config as { text: string }).text;
      sent.push({ text, values: (Array.isArray(values) ? values : (config as { values?: unknown[] })?.values) ?? [] });
      return query.call(this, config, values, ...rest);
    } as typeof Client.prototype.query;
    await request(repository, dataSource.manager);
  } finally {
    Client.prototype.query = query as typeof Client.prototype.query;
    await dataSource.destroy();
  }
  return sent.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text));
}

/** The planner's row estimate for a count query (what an "about N results" total would show) against the real count. */
async function estimate(client: Client, name: string, countSql: string, params: unknown[]): Promise<EstimateResult> {
  const inner = countSql.replace(/^SELECT COUNT\(1\) AS cnt FROM/, 'SELECT 1 FROM');
  const t = process.hrtime.bigint();
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${inner}`, params);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const actual = Number((await client.query(countSql, params)).rows[0].cnt);
  return { name, estimate: rows[0]['QUERY PLAN'][0].Plan['Plan Rows'], actual, ms: round(ms, 2), sql: `EXPLAIN (FORMAT JSON) ${inner}` };
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const dbUrl = withDatabase(serverUrl, BENCH_DB);
  const t0 = Date.now();
  let api: Api | null = null;
  let admin: Client | null = null;
  let sampler: RssSampler | null = null;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    sampler?.stop();
    if (api) await stopApi(api).catch(() => undefined);
    if (admin) await admin.end().catch(() => undefined);
    if (!args.keep) await dropDatabase(dbUrl).catch((e) => console.error(`could not drop ${BENCH_DB}: ${e}`));
  };
  const guard = setTimeout(() => {
    console.error(`bench: still running after ${args.timeoutMin} min, giving up`);
    void cleanup().finally(() => process.exit(3));
  }, args.timeoutMin * 60_000);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }

  try {
    // 1. Database and collection.
    let generation: GenerateResult | null = null;
    let migrationMs = 0;
    if (args.reuse) {
      console.log(`Reusing ${BENCH_DB}`);
    } else {
      console.log(`Creating ${BENCH_DB} on ${new URL(serverUrl).host}`);
      const m0 = Date.now();
      await dropDatabase(dbUrl);
      await runMigrations(dbUrl);
      migrationMs = Date.now() - m0;
      console.log(`Generating ${args.works.toLocaleString('en')} works, ${args.people.toLocaleString('en')} people (seed ${args.seed})`);
      generation = await generateCollection(dbUrl, { works: args.works, people: args.people, seed: args.seed, log: console.log });
      console.log(`Generated in ${(generation.durationMs / 1000).toFixed(1)} s`);
    }
    admin = new Client({ connectionString: dbUrl, application_name: 'oc-bench' });
    await admin.connect();

    // 2. Admin user.
    const email = 'bench-admin@example.org';
    const password = randomBytes(18).toString('base64url');
    await admin.query(
      `INSERT INTO "user" (email, display_name, password_hash, roles) VALUES ($1, 'Bench Admin', $2, '{admin}')
       ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = '{admin}', active = true`,
      [email, await hashPassword(password)],
    );

    // 3. Dataset facts and query terms, read back from the database (so --reuse works too).
    const counts = (await admin.query(`SELECT (SELECT count(*) FROM work)::int AS works, (SELECT count(*) FROM person)::int AS people,
      (SELECT count(*) FROM museum)::int AS museums, (SELECT count(*) FROM work_creator)::int AS "workCreators",
      (SELECT count(*) FROM work_dimension)::int AS dimensions, (SELECT count(*) FROM work_inscription)::int AS inscriptions,
      pg_size_pretty(pg_total_relation_size('work')) AS "workTableWithIndexes", pg_size_pretty(pg_database_size(current_database())) AS "databaseSize"`)).rows[0];
    if (counts.works < 1000) throw new Error(`${BENCH_DB} holds ${counts.works} works; run without --reuse`);
    const big = (await admin.query(`SELECT m.id, m.code, m.name_fr AS name, count(*)::int AS works FROM work w JOIN museum m ON m.id = w.museum_id
      GROUP BY m.id ORDER BY works DESC LIMIT 1`)).rows[0];
    const words = (await admin.query(`SELECT word, ndoc FROM ts_stat($$SELECT to_tsvector('simple', oc_unaccent(title_fr)) FROM work WHERE museum_id = '${big.id}'$$)
      WHERE length(word) >= 4 AND word !~ '^[0-9]' ORDER BY ndoc DESC, word LIMIT 20`)).rows;
    const STOP = new Set(['pour', 'dans', 'avec', 'sous', 'vers', 'entre', 'apres', 'prise']);
    const frequent = words.find((w) => !STOP.has(w.word))?.word ?? 'paris';
    const creator = (await admin.query(`SELECT p.display_name AS name, count(*)::int AS works FROM work_creator wc JOIN work w ON w.id = wc.work_id
      JOIN person p ON p.id = wc.person_id WHERE w.museum_id = $1 AND p.display_name <> oc_unaccent(p.display_name)
      GROUP BY p.id ORDER BY (p.display_name LIKE '%Cézanne') DESC, works DESC LIMIT 1`, [big.id])).rows[0];
    const creatorTerm = creator ? fold(creator.name.split(' ').pop()) : 'cezanne';
    const sampleIds: string[] = (await admin.query(`SELECT id FROM work ORDER BY md5(id::text) LIMIT 1000`)).rows.map((r) => r.id);
    const pg = (await admin.query(`SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers, current_setting('work_mem') AS work_mem,
      current_setting('effective_cache_size') AS effective_cache_size, current_setting('random_page_cost') AS random_page_cost,
      current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS max_parallel_workers_per_gather`)).rows[0];
    console.log(`Terms: frequent word "${frequent}", creator "${creatorTerm}" (${creator?.name}), rare "${args.rareTerm}"; museum ${big.code} (${big.works} works)`);

    const list = (filter: Record<string, unknown> | null, range: [number, number], sort: [string, string]) =>
      `/api/works?${[filter ? `filter=${encodeURIComponent(JSON.stringify(filter))}` : null, `range=${encodeURIComponent(JSON.stringify(range))}`,
        `sort=${encodeURIComponent(JSON.stringify(sort))}`].filter(Boolean).join('&')}`;
    const columnsSql = (await admin.query(`SELECT string_agg('w.' || quote_ident(column_name), ', ' ORDER BY ordinal_position) AS cols
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'work' AND column_name <> 'search_vector'`)).rows[0].cols;
    // The SQL the API issues (api/src/works/works.repository.ts: TypeORM getMany + getCount, in parallel).
    const ftsWhere = `(w.search_vector @@ websearch_to_tsquery('oc_french', $1) OR lower(w.inventory_number) LIKE lower($2)) AND w.museum_id = $3`;
    const ftsSql = (term: string) => ({
      page: `SELECT ${columnsSql} FROM work w WHERE ${ftsWhere} ORDER BY w.title_fr ASC, w.id ASC LIMIT 25 OFFSET 0`,
      count: `SELECT COUNT(1) AS cnt FROM work w WHERE ${ftsWhere}`,
      params: [term, `${term}%`, big.id],
    });
    const scenarios: Scenario[] = [
      { key: 'a1', label: `full text "${frequent}" + museum ${big.code}, title ASC, first page`, target: { p95Ms: TARGETS.ftsFirstPageP95Ms, name: 'ftsFirstPageP95Ms' },
        path: list({ q: frequent, museumId: big.id }, [0, 24], ['title', 'ASC']), sql: ftsSql(frequent) },
      { key: 'a2', label: `full text "${creatorTerm}" + museum ${big.code}, title ASC, first page`, target: { p95Ms: TARGETS.ftsFirstPageP95Ms, name: 'ftsFirstPageP95Ms' },
        path: list({ q: creatorTerm, museumId: big.id }, [0, 24], ['title', 'ASC']), sql: ftsSql(creatorTerm) },
      { key: 'a3', label: `full text "${args.rareTerm}" + museum ${big.code}, title ASC, first page`, target: { p95Ms: TARGETS.ftsFirstPageP95Ms, name: 'ftsFirstPageP95Ms' },
        path: list({ q: args.rareTerm, museumId: big.id }, [0, 24], ['title', 'ASC']), sql: ftsSql(args.rareTerm) },
      { key: 'b', label: 'deep page [100000,100024], updatedAt DESC, no filter', path: list(null, [100_000, 100_024], ['updatedAt', 'DESC']),
        sql: { page: `SELECT ${columnsSql} FROM work w ORDER BY w.updated_at DESC, w.id DESC LIMIT 25 OFFSET 100000`, count: 'SELECT COUNT(1) AS cnt FROM work w', params: [] } },
      { key: 'c', label: `getOne, ${sampleIds.length} ids rotating`, target: { p95Ms: TARGETS.getOneP95Ms, name: 'getOneP95Ms' },
        paths: sampleIds.map((id) => `/api/works/${id}`),
        sql: { page: `SELECT ${columnsSql} FROM work w WHERE w.id = $1`, params: [sampleIds[0]] } },
    ].filter((s) => !args.scenarios || args.scenarios.includes(s.key));

    // 4. API.
    console.log('Starting the API');
    const a0 = Date.now();
    api = await startApi(dbUrl, args.dist);
    const apiStartMs = Date.now() - a0;
    sampler = new RssSampler(api.child.pid!);
    sampler.start();
    const idleRssMb = round(rssMb(api.child.pid!) ?? NaN);
    const login = await fetch(`${api.base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
    });
    if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    console.log(`API up in ${(apiStartMs / 1000).toFixed(1)} s at ${api.base}, RSS ${idleRssMb} MB; ${args.connections} connections, ${args.warmup} s warm-up + ${args.duration} s per scenario`);

    // 5. Load.
    const results: ScenarioResult[] = [];
    for (const s of scenarios) {
      process.stdout.write(`  ${s.key.padEnd(3)} ${s.label} … `);
      const r = await runScenario(api, accessToken, s, args, sampler, admin);
      results.push(r);
      console.log(`p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.throughputRps} req/s, total ${r.sanity.contentRange ?? '-'}`);
    }
    // Same requests one at a time: the service time, without the queueing 10 connections on 2 cores add.
    const single: Record<string, Pick<ScenarioResult, 'requests' | 'p50' | 'p95' | 'p99' | 'mean' | 'throughputRps' | 'non2xx' | 'otherCpuPct'>> = {};
    if (args.single) {
      for (const s of scenarios) {
        const r = await runScenario(api, accessToken, s, { connections: 1, duration: 5, warmup: 1 }, sampler, admin);
        single[s.key] = { requests: r.requests, p50: r.p50, p95: r.p95, p99: r.p99, mean: r.mean, throughputRps: r.throughputRps, non2xx: r.non2xx, otherCpuPct: r.otherCpuPct };
        console.log(`  ${s.key.padEnd(3)} 1 connection: p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms`);
      }
    }
    sampler.sample();
    const peakRssMb = round(Math.max(sampler.peak, ...results.map((r) => r.peakRssMb)));
    const kernelPeakRssMb = round(hwmMb(api.child.pid!) ?? NaN);
    sampler.stop();
    await stopApi(api);
    api = null;

    // 6. Plans, warm, with nothing else running against the bench database: first the statements the API sends for
    // each scenario (`<key>.sent<n>`), then the reference shapes below (`<key>.page`, `<key>.count`: what the API sent
    // before the second pass, kept so runs stay comparable; bench/README.md).
    console.log('EXPLAIN ANALYZE');
    const plans: PlanResult[] = [];
    for (const s of scenarios) {
      const request = s.path
        ? (repository: WorksRepository, manager: import('typeorm').EntityManager) =>
            repository.list(manager, parseListQuery(Object.fromEntries(new URL(s.path as string, 'http://bench').searchParams), WORK_LIST))
        : (repository: WorksRepository, manager: import('typeorm').EntityManager) => repository.view(manager, sampleIds[0]);
      const sent = await sentStatements(dbUrl, request);
      for (const [i, statement] of sent.entries()) plans.push(await explain(admin, `${s.key}.sent${i + 1}`, statement.text, statement.values));
    }
    for (const s of scenarios) {
      if (!s.sql) continue;
      plans.push(await explain(admin, `${s.key}.page`, s.sql.page, s.sql.params));
      if (s.sql.count) plans.push(await explain(admin, `${s.key}.count`, s.sql.count, s.sql.params));
      if (s.key === 'c') {
        plans.push(await explain(admin, 'c.creators', `SELECT wc.work_id, wc.position, wc.person_id, wc.role, p.display_name, p.birth_date, p.death_date
          FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = ANY($1) ORDER BY wc.work_id, wc.position`, [[sampleIds[0]]]));
      }
    }
    // Query shapes and index we recommend (see bench/README.md), measured on the same data.
    const proposals: Array<PlanResult | EstimateResult> = [];
    const ftsScenarios = scenarios.filter((s) => s.key.startsWith('a') && s.sql);
    for (const s of ftsScenarios) {
      // One pass over the matches: page and total from the same bitmap scan; immune to the title-order trap of a3.
      proposals.push(await explain(admin, `${s.key}.onePass`, `WITH hits AS MATERIALIZED (SELECT w.id, w.title_fr FROM work w WHERE ${ftsWhere})
        SELECT ${columnsSql}, t.total FROM (SELECT id, title_fr, count(*) OVER () AS total FROM hits ORDER BY title_fr, id LIMIT 25 OFFSET 0) t
        JOIN work w ON w.id = t.id ORDER BY t.title_fr, t.id`, s.sql!.params));
      proposals.push(await estimate(admin, `${s.key}.countEstimate`, s.sql!.count!, s.sql!.params));
    }
    if (scenarios.some((s) => s.key === 'b')) {
      proposals.push(await explain(admin, 'b.deferredJoin', `SELECT ${columnsSql} FROM work w JOIN (SELECT id, updated_at FROM work
        ORDER BY updated_at DESC, id DESC LIMIT 25 OFFSET 100000) p ON p.id = w.id ORDER BY p.updated_at DESC, p.id DESC`, []));
      proposals.push(await explain(admin, 'b.countEstimate', `SELECT reltuples::bigint AS estimate FROM pg_class WHERE oid = 'work'::regclass`, []));
    }
    if (ftsScenarios.length) {
      // museum_id inside the full-text GIN index (btree_gin): the museum filter no longer costs a 100,000-entry bitmap.
      try {
        const i0 = Date.now();
        await admin.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
        await admin.query(`SET maintenance_work_mem = '256MB'`);
        await admin.query(`DROP INDEX IF EXISTS bench_work_museum_search_idx`);
        await admin.query(`CREATE INDEX bench_work_museum_search_idx ON work USING gin (museum_id, search_vector)`);
        await admin.query(`ANALYZE work`);
        const buildMs = Date.now() - i0;
        for (const s of ftsScenarios) {
          const p = await explain(admin, `${s.key}.page+museumSearchIdx`, s.sql!.page, s.sql!.params);
          const c = await explain(admin, `${s.key}.count+museumSearchIdx`, s.sql!.count!, s.sql!.params);
          const o = await explain(admin, `${s.key}.onePass+museumSearchIdx`, `WITH hits AS MATERIALIZED (SELECT w.id, w.title_fr FROM work w WHERE ${ftsWhere})
            SELECT ${columnsSql}, t.total FROM (SELECT id, title_fr, count(*) OVER () AS total FROM hits ORDER BY title_fr, id LIMIT 25 OFFSET 0) t
            JOIN work w ON w.id = t.id ORDER BY t.title_fr, t.id`, s.sql!.params);
          proposals.push(p, c, o);
        }
        proposals.push({ name: 'museumSearchIdx.build', estimate: null, actual: null, ms: buildMs, sql: 'CREATE INDEX … USING gin (museum_id, search_vector)' });
      } catch (error) {
        proposals.push({ name: 'museumSearchIdx.build', estimate: null, actual: null, ms: null, sql: `not measured: ${(error as Error).message}` });
      } finally {
        await admin.query(`DROP INDEX IF EXISTS bench_work_museum_search_idx`).catch(() => undefined);
      }
    }

    // 7. Results.
    const byKey = Object.fromEntries(results.map((r) => [r.key, r]));
    const checks = [
      ...results.filter((r) => scenarios.find((s) => s.key === r.key)?.target).map((r) => {
        const t = scenarios.find((s) => s.key === r.key)!.target!;
        return { target: `${r.key} p95 ≤ ${t.p95Ms} ms`, name: t.name, scenario: r.key, limit: t.p95Ms, actual: r.p95, pass: r.p95 <= t.p95Ms && r.non2xx === 0 && r.errors === 0 };
      }),
      { target: `API peak RSS ≤ ${TARGETS.peakRssMb} MB`, name: 'peakRssMb', scenario: null, limit: TARGETS.peakRssMb, actual: peakRssMb, pass: peakRssMb <= TARGETS.peakRssMb },
    ];
    let commit: string | null = null;
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    } catch {
      /* not a git checkout */
    }
    const report = {
      generatedAt: new Date().toISOString(),
      commit,
      machine: {
        cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30), node: process.version,
        postgres: pg.version, postgresSettings: { ...pg, version: undefined }, loadavgAtEnd: loadavg().map((v) => round(v, 2)),
      },
      settings: { connections: args.connections, durationS: args.duration, warmupS: args.warmup, seed: args.seed, apiCommand: `node ${apiCommand(args.dist).join(' ')}`, apiEnv: { NODE_ENV: 'production', LOG_LEVEL: 'warn' } },
      dataset: {
        ...counts, bigMuseum: big, terms: { frequent, creator: creatorTerm, creatorName: creator?.name ?? null, rare: args.rareTerm },
        frequentWordsInBigMuseum: words.slice(0, 10), generation: generation && {
          durationMs: generation.durationMs, phasesMs: generation.phasesMs, migrationMs, museums: generation.museums.map(({ code, works }) => ({ code, works })),
          objectTypes: generation.objectTypes, topCreators: generation.topCreators.slice(0, 10).map(({ displayName, works }) => ({ displayName, works })),
          anonymousWorks: generation.anonymousWorks, diedForFrance: generation.diedForFrance, peopleWithoutDeathDate: generation.peopleWithoutDeathDate,
        },
      },
      api: { startMs: apiStartMs, idleRssMb, peakRssMb, kernelPeakRssMb },
      scenarios: byKey,
      singleConnection: single,
      targets: TARGETS,
      checks,
      pass: checks.every((c) => c.pass),
      plans,
      proposals,
      totalMs: Date.now() - t0,
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify(report, null, 2) + '\n');

    // 8. Table.
    const pad = (v: unknown, n: number) => String(v ?? '-').padStart(n);
    console.log(`\n${'scenario'.padEnd(62)}${pad('req', 7)}${pad('p50', 8)}${pad('p95', 8)}${pad('p99', 8)}${pad('mean', 8)}${pad('req/s', 8)}${pad('err', 5)}${pad('!2xx', 6)}${pad('apiCPU%', 9)}${pad('pgCPU%', 8)}${pad('benchCPU%', 10)}${pad('otherCPU%', 10)}`);
    for (const r of results) {
      console.log(`${`${r.key} ${r.label}`.slice(0, 61).padEnd(62)}${pad(r.requests, 7)}${pad(r.p50, 8)}${pad(r.p95, 8)}${pad(r.p99, 8)}${pad(r.mean, 8)}${pad(r.throughputRps, 8)}${pad(r.errors, 5)}${pad(r.non2xx, 6)}${pad(r.apiCpuPct, 9)}${pad(r.pgBackendCpuPct, 8)}${pad(r.benchCpuPct, 10)}${pad(r.otherCpuPct, 10)}`);
    }
    console.log(`\nAPI RSS: idle ${idleRssMb} MB, peak sampled ${peakRssMb} MB, kernel high-water ${kernelPeakRssMb} MB`);
    console.log('\nSQL (median of 5, warm):');
    for (const p of plans) console.log(`  ${p.name.padEnd(30)} ${pad(p.medianMs, 9)} ms${p.slow ? '  SLOW' : ''}`);
    console.log('Proposals:');
    for (const p of proposals) {
      if ('medianMs' in p) console.log(`  ${p.name.padEnd(30)} ${pad(p.medianMs, 9)} ms`);
      else console.log(`  ${p.name.padEnd(30)} ${pad(p.ms, 9)} ms${p.actual !== null ? `  estimate ${p.estimate} vs actual ${p.actual}` : ''}`);
    }
    for (const p of plans.filter((x) => x.slow)) console.log(`\n--- ${p.name} (${p.medianMs} ms)\n${p.plan}`);
    console.log('\nTargets:');
    for (const c of checks) console.log(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.target}: ${c.actual}`);
    console.log(`\nWrote ${RESULTS.replace(ROOT + '/', '')} in ${((Date.now() - t0) / 1000).toFixed(0)} s${args.keep ? `; kept ${BENCH_DB}` : ''}`);
  } finally {
    clearTimeout(guard);
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
