/**
 * `npm run bench:media`: how fast the worker renders an image's derivatives, side by side in one run with Debian's
 * libvips command-line tools (the practical limit: `vipsthumbnail` per size, `vips dzsave --layout iiif3` for tiles)
 * and ImageMagick (`/usr/bin/convert`, the common alternative) producing the same sizes.
 *
 * Masters: 6000 × 4000, an 8-bit JPEG and a 16-bit RGB TIFF (LZW, three bands), generated on the spot. For each master and each
 * tool, `--runs` timed runs (default 5, interleaved, each run starting one tool further on, median reported):
 *   all     every derivative of DESIGN.md §6 — ours with the XMP rights metadata and 300 dpi on the HD file;
 *           libvips CLI: five `vipsthumbnail` + one `vips dzsave` (it has to decode once per command);
 *   sizes   the five sized derivatives only (thumb, web JPEG + WebP, lowdef, HD) — the comparison with ImageMagick,
 *           which has no IIIF tile writer;
 *   tiles   the IIIF level-0 pyramid only, decode included, against `vips dzsave --layout iiif3`.
 * Throughput: four masters (2 JPEG, 2 TIFF) at the worker's concurrency (2), ours in a child process whose peak RSS
 * is recorded (target < 1 GB), the CLI tools as two parallel command chains.
 * Targets (issue 4): all/vips ≤ 1.0, IM sizes / our sizes ≥ 3, tiles/dzsave ≤ 1.0, peak RSS < 1 GB at concurrency 2.
 * Needs `apt-get install libvips-tools imagemagick`. Results: bench/results/media.json. See bench/README.md.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { DERIVATIVE_KINDS, type DerivativeKind } from '@oc/domain';
import { configureSharp, DERIVATIVE_SPECS, renderDerivatives } from '@oc/media';
import { loadMediaWorkerConfig } from '../../worker/src/media/media.config';
import { photo, rgb16Tiff } from '@oc/testing';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const VIPS = '/usr/bin/vips';
const VIPSTHUMBNAIL = '/usr/bin/vipsthumbnail';
const CONVERT = '/usr/bin/convert';
const CONCURRENCY = 2;
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 5);
/**
 * While iterating: `--masters=tiff16` and `--tools=ours_tiles,vips_tiles` measure a subset, print it and skip the
 * throughput pass; bench/results/media.json is written by full runs only.
 */
const onlyMasters = option('masters')?.split(',');
const onlyTools = option('tools')?.split(',');

const SIZED = DERIVATIVE_KINDS.filter((k): k is Exclude<DerivativeKind, 'tiles'> => k !== 'tiles');
const RIGHTS = { title: 'Bench', creators: ['Anonyme'], creditLine: 'CC0 Paris Musées / Bench', source: 'bench' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * Masters and outputs live in memory (/dev/shm) when the machine has it, for every tool alike: on disk, the
 * write-back of earlier runs' files stalled some runs by half their time whichever tool was running (medians of
 * 0.6 and 0.9 s for the same command), drowning the differences measured. `--scratch=DIR` chooses another place.
 */
const SCRATCH = option('scratch') ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

function freshFolder(): string {
  return mkdtempSync(join(SCRATCH, 'oc-bench-media-'));
}

async function withFolder(action: (folder: string) => Promise<unknown>): Promise<void> {
  const folder = freshFolder();
  try {
    await action(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ours = (master: string, kinds: readonly DerivativeKind[]) => () =>
  withFolder((folder) => renderDerivatives(master, { kinds, outputFolder: folder, maxPixels: 250_000_000, rights: RIGHTS }));

async function vipsSizes(master: string, folder: string): Promise<void> {
  for (const kind of SIZED) {
    const spec = DERIVATIVE_SPECS[kind];
    await run(VIPSTHUMBNAIL, [master, '--size', String(spec.longEdge), '-o', join(folder, `${kind}.${spec.extension}[Q=${spec.quality}]`)]);
  }
}

const vipsTiles = (master: string, folder: string) =>
  run(VIPS, ['dzsave', master, join(folder, 'tiles'), '--layout', 'iiif3', '--tile-size', String(DERIVATIVE_SPECS.tiles.tileSize), '--suffix', `.jpg[Q=${DERIVATIVE_SPECS.tiles.quality}]`]);

async function imSizes(master: string, folder: string): Promise<void> {
  for (const kind of SIZED) {
    const spec = DERIVATIVE_SPECS[kind];
    const extra = kind === 'hd' ? ['-density', '300', '-units', 'PixelsPerInch'] : [];
    await run(CONVERT, [master, '-auto-orient', '-colorspace', 'sRGB', '-depth', '8', '-resize', `${spec.longEdge}x${spec.longEdge}>`, '-quality', String(spec.quality), ...extra, join(folder, `${kind}.${spec.extension}`)]);
  }
}

const TOOLS = {
  ours_all: (m: string) => ours(m, DERIVATIVE_KINDS)(),
  vips_all: (m: string) => withFolder(async (f) => (await vipsSizes(m, f), await vipsTiles(m, f))),
  ours_sizes: (m: string) => ours(m, SIZED)(),
  vips_sizes: (m: string) => withFolder((f) => vipsSizes(m, f)),
  im_sizes: (m: string) => withFolder((f) => imSizes(m, f)),
  ours_tiles: (m: string) => ours(m, ['tiles'])(),
  vips_tiles: (m: string) => withFolder((f) => vipsTiles(m, f)),
} as const;
type Tool = keyof typeof TOOLS;

async function throughput(masters: string[], chain: (master: string) => Promise<unknown>): Promise<number> {
  const queue = [...masters];
  return timed(() =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let m = queue.shift(); m; m = queue.shift()) await chain(m);
      }),
    ),
  );
}

function oursInChild(masters: string[]): Promise<{ seconds: number; peakRssMB: number }> {
  return run(process.execPath, ['-r', join(ROOT, 'scripts/register.cjs'), join(__dirname, 'load.ts'), String(CONCURRENCY), ...masters], {
    cwd: ROOT,
    env: { ...process.env, OC_BENCH_SCRATCH: SCRATCH },
    maxBuffer: 1 << 20,
  }).then(({ stdout }) => JSON.parse(stdout));
}

async function main(): Promise<void> {
  // As the worker runs (MediaWorkerModule), MEDIA_VIPS_THREADS read by the worker's own configuration.
  configureSharp(loadMediaWorkerConfig().MEDIA_VIPS_THREADS);
  for (const tool of [VIPS, VIPSTHUMBNAIL, CONVERT]) {
    if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install libvips-tools imagemagick`);
  }
  const loadAverageAtStart = loadavg().map((l) => round(l, 2));
  const work = freshFolder();
  const allMasters = { jpeg8: join(work, 'master-6000x4000.jpg'), tiff16: join(work, 'master-6000x4000-16bit.tif') };
  console.log('Generating 6000 × 4000 masters…');
  writeFileSync(allMasters.jpeg8, await photo(6000, 4000, 'jpeg'));
  writeFileSync(allMasters.tiff16, await rgb16Tiff(6000, 4000));
  const masters = Object.fromEntries(Object.entries(allMasters).filter(([name]) => !onlyMasters || onlyMasters.includes(name)));

  const results: Record<string, Record<string, { median: number; runs: number[] }>> = {};
  for (const [name, master] of Object.entries(masters)) {
    const times: Record<Tool, number[]> = Object.fromEntries(Object.keys(TOOLS).map((t) => [t, []])) as any;
    const tools = (Object.keys(TOOLS) as Tool[]).filter((t) => !onlyTools || onlyTools.includes(t));
    for (let i = 0; i < runs; i++) {
      // Each run starts one tool further on: a tool always timed right after the same one (ImageMagick's large
      // allocations being handed back, say) would carry that one's after-effects in every run.
      for (const tool of [...tools.slice(i % tools.length), ...tools.slice(0, i % tools.length)]) {
        times[tool].push(await timed(() => TOOLS[tool](master)));
        process.stdout.write('.');
      }
    }
    results[name] = Object.fromEntries(
      Object.entries(times)
        .filter(([, r]) => r.length)
        .map(([t, r]) => [t, { median: round(median(r)), runs: r.map((x) => round(x)) }]),
    );
    console.log(` ${name} done`);
  }
  if (onlyMasters || onlyTools) {
    rmSync(work, { recursive: true, force: true });
    console.log(JSON.stringify({ loadAverageAtStart, loadAverageAtEnd: loadavg().map((l) => round(l, 2)), results }, null, 2));
    return;
  }

  console.log('Throughput at concurrency 2 (4 masters)…');
  const batch = [masters.jpeg8, masters.tiff16, masters.jpeg8, masters.tiff16];
  const oursLoad = await oursInChild(batch);
  const vipsLoad = await throughput(batch, TOOLS.vips_all);
  const imLoad = await throughput(batch, TOOLS.im_sizes);
  const oursSizesLoad = await throughput(batch, TOOLS.ours_sizes);
  rmSync(work, { recursive: true, force: true });

  const perMaster = Object.fromEntries(
    Object.entries(results).map(([name, r]) => [
      name,
      {
        seconds: Object.fromEntries(Object.entries(r).map(([t, v]) => [t, v.median])),
        runs: Object.fromEntries(Object.entries(r).map(([t, v]) => [t, v.runs])),
        ratios: {
          all_vs_vips_cli: round(r.ours_all.median / r.vips_all.median, 2),
          sizes_vs_vips_cli: round(r.ours_sizes.median / r.vips_sizes.median, 2),
          imagemagick_vs_ours_sizes: round(r.im_sizes.median / r.ours_sizes.median, 2),
          tiles_vs_vips_dzsave: round(r.ours_tiles.median / r.vips_tiles.median, 2),
        },
      },
    ]),
  );
  const perMinute = (seconds: number) => round((batch.length / seconds) * 60, 1);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: round(totalmem() / 1024 ** 3, 1), loadAverageAtStart, loadAverageAtEnd: loadavg().map((l) => round(l, 2)), scratch: SCRATCH },
    versions: {
      node: process.version,
      sharp: sharp.versions.sharp,
      libvipsInSharp: sharp.versions.vips,
      vipsThreadsPerImage: sharp.concurrency(),
      vipsCli: execFileSync(VIPS, ['--version']).toString().trim(),
      imagemagick: execFileSync(CONVERT, ['-version']).toString().split('\n')[0],
    },
    masters: { jpeg8: '6000 × 4000 8-bit JPEG (q90)', tiff16: '6000 × 4000 16-bit RGB TIFF (LZW, no alpha)' },
    runsPerMeasure: runs,
    perMaster,
    throughputConcurrency2: {
      masters: batch.length,
      imagesPerMinute: { ours_all: perMinute(oursLoad.seconds), vips_cli_all: perMinute(vipsLoad), ours_sizes: perMinute(oursSizesLoad), imagemagick_sizes: perMinute(imLoad) },
      seconds: { ours_all: round(oursLoad.seconds), vips_cli_all: round(vipsLoad), ours_sizes: round(oursSizesLoad), imagemagick_sizes: round(imLoad) },
      workerPeakRssMB: oursLoad.peakRssMB,
    },
    targets: {
      allNoSlowerThanVipsCli: Object.values(perMaster).every((m) => m.ratios.all_vs_vips_cli <= 1),
      atLeast3xFasterThanImageMagick: Object.values(perMaster).every((m) => m.ratios.imagemagick_vs_ours_sizes >= 3),
      tilesNoSlowerThanDzsave: Object.values(perMaster).every((m) => m.ratios.tiles_vs_vips_dzsave <= 1),
      peakRssUnder1GB: oursLoad.peakRssMB < 1024,
    },
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/media.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log('\nmaster  | ours all | vips CLI all | ratio | ours sizes | IM sizes | IM/ours | ours tiles | dzsave | ratio');
  for (const [name, m] of Object.entries(perMaster)) {
    const s = m.seconds;
    console.log(
      `${name.padEnd(7)} | ${s.ours_all.toFixed(2).padStart(8)} | ${s.vips_all.toFixed(2).padStart(12)} | ${m.ratios.all_vs_vips_cli.toFixed(2).padStart(5)} | ${s.ours_sizes.toFixed(2).padStart(10)} | ${s.im_sizes.toFixed(2).padStart(8)} | ${m.ratios.imagemagick_vs_ours_sizes.toFixed(2).padStart(7)} | ${s.ours_tiles.toFixed(2).padStart(10)} | ${s.vips_tiles.toFixed(2).padStart(6)} | ${m.ratios.tiles_vs_vips_dzsave.toFixed(2)}`,
    );
  }
  console.log(`throughput (c=2, images/min): ${JSON.stringify(report.throughputConcurrency2.imagesPerMinute)}; worker peak RSS ${oursLoad.peakRssMB} MB`);
  console.log(`targets: ${JSON.stringify(report.targets)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
