/**
 * libvips settings for a process that renders originals (the worker, and the media benchmark measuring it).
 * - No operation cache: each original is rendered once, a cache would only hold memory.
 * - Threads per image: sharp defaults to one on glibc without jemalloc (to limit malloc fragmentation), which
 *   left a pyramid or a resize on one core while the other waited; libvips' own default is one per core, which
 *   the command-line tools use. Measured on our 2-core machine (bench:media): tiles 10–20 % faster, the worker's
 *   peak RSS still ≈ 600–700 MB at concurrency 2.
 */
import { availableParallelism } from 'node:os';
import sharp from 'sharp';

export function configureSharp(threads: number = availableParallelism()): void {
  sharp.cache(false);
  sharp.concurrency(threads);
}
