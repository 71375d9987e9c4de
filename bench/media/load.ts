/**
 * Child process of the media benchmark: renders the given masters with the worker's concurrency, as the worker's
 * media processor would, and reports the elapsed time and its own peak RSS (so the parent's memory is not counted).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DERIVATIVE_KINDS } from '@oc/domain';
import { configureSharp, renderDerivatives } from '@oc/media';
import { loadMediaWorkerConfig } from '../../worker/src/media/media.config';

async function main(): Promise<void> {
  const [concurrencyText, ...masters] = process.argv.slice(2);
  // As the worker runs (MediaWorkerModule), MEDIA_VIPS_THREADS read by the worker's own configuration.
  configureSharp(loadMediaWorkerConfig().MEDIA_VIPS_THREADS);
  const queue = [...masters];
  const started = process.hrtime.bigint();
  const rights = { title: 'Bench', creators: ['Anonyme'], creditLine: 'CC0 Paris Musées / Bench', source: 'bench' };
  await Promise.all(
    Array.from({ length: Number(concurrencyText) }, async () => {
      for (let master = queue.shift(); master; master = queue.shift()) {
        const folder = mkdtempSync(join(process.env.OC_BENCH_SCRATCH ?? tmpdir(), 'oc-bench-load-'));
        await renderDerivatives(master, { kinds: DERIVATIVE_KINDS, outputFolder: folder, maxPixels: 250_000_000, rights });
        rmSync(folder, { recursive: true, force: true });
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
