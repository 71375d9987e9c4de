import { loadMediaWorkerConfig } from '../src/media/media.config';

describe('media worker configuration', () => {
  it('leaves libvips threads to their default unless MEDIA_VIPS_THREADS is set', () => {
    expect(loadMediaWorkerConfig({}).MEDIA_VIPS_THREADS).toBeUndefined();
    expect(loadMediaWorkerConfig({ MEDIA_VIPS_THREADS: '4' }).MEDIA_VIPS_THREADS).toBe(4);
  });

  it.each(['0', 'two', '1.5'])('refuses MEDIA_VIPS_THREADS=%s, naming the variable', (value) => {
    expect(() => loadMediaWorkerConfig({ MEDIA_VIPS_THREADS: value })).toThrow(/MEDIA_VIPS_THREADS: /);
  });
});
