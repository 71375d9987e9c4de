/** Derivatives of 16-bit masters, rendered for real with sharp on small generated files. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderDerivatives } from './render';

const BRICK = { r: 180, g: 32, b: 42 };

/** A flat brick-red 16-bit RGB TIFF, with or without an embedded sRGB profile (scanners embed theirs). */
async function brick16Tiff(width: number, height: number, embedProfile: boolean): Promise<Buffer> {
  const png = await sharp({ create: { width, height, channels: 3, background: BRICK } }).png().toBuffer();
  const sixteen = sharp(png).toColourspace('rgb16');
  return (embedProfile ? sixteen.withIccProfile('srgb') : sixteen).tiff({ compression: 'lzw' }).toBuffer();
}

describe('renderDerivatives on 16-bit RGB masters', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'oc-render-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const centre = async (path: string) => {
    const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
    const at = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels;
    return { r: data[at], g: data[at + 1], b: data[at + 2], channels: info.channels };
  };

  it.each([
    ['with an embedded sRGB profile', true],
    ['without a profile', false],
  ])('keeps the colours of a master %s, in the sized images and in the tiles', async (_name, embedProfile) => {
    const master = join(folder, 'master.tif');
    writeFileSync(master, await brick16Tiff(1100, 700, embedProfile));
    const meta = await sharp(master).metadata();
    expect({ depth: meta.depth, space: meta.space, icc: !!meta.icc }).toEqual({ depth: 'ushort', space: 'rgb16', icc: embedProfile });

    const result = await renderDerivatives(master, { kinds: ['lowdef', 'tiles'], outputFolder: folder, maxPixels: 10_000_000 });
    const lowdef = result.derivatives.find((d) => d.kind === 'lowdef')!;
    const tiles = result.derivatives.find((d) => d.kind === 'tiles')!;
    const tile = join(tiles.path, '0,0,512,512/512,512/0/default.jpg');
    for (const path of [lowdef.path, tile]) {
      const pixel = await centre(path);
      expect(pixel.channels).toBe(3);
      for (const band of ['r', 'g', 'b'] as const) expect(Math.abs(pixel[band] - BRICK[band])).toBeLessThanOrEqual(3);
    }
  });

  it('writes a IIIF level-0 pyramid of 512-pixel JPEG tiles described by info.json', async () => {
    const master = join(folder, 'master.tif');
    writeFileSync(master, await brick16Tiff(1100, 700, true));
    const result = await renderDerivatives(master, { kinds: ['tiles'], outputFolder: folder, maxPixels: 10_000_000 });
    expect(result.derivatives).toEqual([{ kind: 'tiles', path: join(folder, 'tiles'), width: 1100, height: 700, bytes: 0 }]);
    const info = JSON.parse(readFileSync(join(folder, 'tiles/info.json'), 'utf8'));
    expect(info).toMatchObject({ type: 'ImageService3', profile: 'level0', width: 1100, height: 700, tiles: [{ width: 512 }] });
    const fullResolution = readdirSync(join(folder, 'tiles'))
      .filter((region) => /^\d+,\d+,\d+,\d+$/.test(region))
      .filter((region) => readdirSync(join(folder, 'tiles', region)).includes(region.split(',').slice(2).join(',')));
    expect(fullResolution.sort()).toEqual(['0,0,512,512', '0,512,512,188', '1024,0,76,512', '1024,512,76,188', '512,0,512,512', '512,512,512,188']);
    const corner = await sharp(join(folder, 'tiles/1024,512,76,188/76,188/0/default.jpg')).metadata();
    expect({ format: corner.format, width: corner.width, height: corner.height, space: corner.space, depth: corner.depth }).toEqual({ format: 'jpeg', width: 76, height: 188, space: 'srgb', depth: 'uchar' });
    // Alone, the pyramid streams from the master instead of sharing the sizes' decode: the same conversion applies.
    const pixel = await centre(join(folder, 'tiles/0,0,512,512/512,512/0/default.jpg'));
    for (const band of ['r', 'g', 'b'] as const) expect(Math.abs(pixel[band] - BRICK[band])).toBeLessThanOrEqual(3);
  });
});

describe('renderDerivatives on a damaged file', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'oc-render-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('names the fault every time, though the sized images and the tiles fail on it at once', async () => {
    // A JPEG cut off part-way, as an interrupted copy leaves it. Both chains decode it side by side and fail together;
    // libvips' one error buffer then sometimes reaches only one of them.
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    const cut = join(folder, 'cut.jpg');
    writeFileSync(cut, photo.subarray(0, Math.floor(photo.length * 0.6)));
    for (let i = 0; i < 25; i++) {
      await expect(renderDerivatives(cut, { kinds: ['thumb', 'lowdef', 'tiles'], outputFolder: join(folder, `run-${i}`), maxPixels: 10_000_000 })).rejects.toThrow(
        /^The image is damaged or incomplete and cannot be decoded \(VipsJpeg: premature end of JPEG/,
      );
    }
  });
});
