import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { configureSharp } from './sharp-settings';

describe('configureSharp', () => {
  const before = { threads: sharp.concurrency(), cache: sharp.cache() };
  afterAll(() => {
    sharp.concurrency(before.threads);
    sharp.cache({ memory: before.cache.memory.max, files: before.cache.files.max, items: before.cache.items.max });
  });

  it('gives libvips one thread per core and no operation cache by default', () => {
    sharp.concurrency(1);
    configureSharp();
    expect(sharp.concurrency()).toBe(availableParallelism());
    const cache = sharp.cache();
    expect([cache.memory.max, cache.files.max, cache.items.max]).toEqual([0, 0, 0]);
  });

  it('takes the thread count given (MEDIA_VIPS_THREADS)', () => {
    configureSharp(3);
    expect(sharp.concurrency()).toBe(3);
  });
});
