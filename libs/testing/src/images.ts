/**
 * Image fixtures the tests generate on the spot (with sharp, or byte by byte where sharp cannot write the file a
 * museum sends us): a 16-bit CMYK TIFF with its ICC profile, a JPEG rotated by EXIF orientation, a decompression bomb,
 * a truncated JPEG and a text file pretending to be a JPEG.
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** A colourful 8-bit RGB picture, noisy enough that JPEG cannot shrink it to nothing. */
export async function photo(width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg'): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } });
  const image = sharp(await base.png().toBuffer()).composite([
    { input: { create: { width: Math.ceil(width / 2), height, channels: 3, background: '#b4202a' } }, left: 0, top: 0, blend: 'overlay' },
  ]);
  return image.toFormat(format, format === 'jpeg' ? { quality: 90 } : {}).toBuffer();
}

/** A 16-bit RGB TIFF (LZW), as a scanner writes a master: three bands, no alpha (the composited PNG has one). */
export async function rgb16Tiff(width: number, height: number): Promise<Buffer> {
  return sharp(await photo(width, height, 'png')).removeAlpha().toColourspace('rgb16').tiff({ compression: 'lzw' }).toBuffer();
}

/** A JPEG whose pixels are stored `width × height` with a red left half, tagged EXIF orientation 6 (turn 90° clockwise to view). */
export async function rotatedJpeg(width = 400, height = 200): Promise<Buffer> {
  const half = Math.floor(width / 2);
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } })
    .composite([{ input: { create: { width: half, height, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 95 })
    .toBuffer();
}

let cmykProfile: Promise<Buffer> | undefined;

/** The CMYK ICC profile libvips ships with, taken from a file sharp tags with it. */
function cmykIccProfile(): Promise<Buffer> {
  cmykProfile ??= sharp({ create: { width: 2, height: 2, channels: 3, background: '#ffffff' } })
    .toColourspace('cmyk')
    .withIccProfile('cmyk')
    .tiff()
    .toBuffer()
    .then(async (tiff) => (await sharp(tiff).metadata()).icc as Buffer);
  return cmykProfile;
}

/**
 * A 16-bit CMYK TIFF with an embedded CMYK ICC profile, written byte by byte (sharp writes CMYK in 8 bits only).
 * Top half: unprinted paper (0 % ink, white once converted); bottom-left: 100 % black; bottom-right: 100 % cyan.
 */
export async function cmyk16Tiff(width = 300, height = 200): Promise<Buffer> {
  const icc = await cmykIccProfile();
  const pixels = Buffer.alloc(width * height * 8);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ink = y < height / 2 ? [0, 0, 0, 0] : x < width / 2 ? [0, 0, 0, 65535] : [65535, 0, 0, 0];
      ink.forEach((v, c) => pixels.writeUInt16LE(v, (y * width + x) * 8 + c * 2));
    }
  }
  type Entry = [tag: number, type: 3 | 4 | 5 | 7, count: number, value: number | Buffer];
  const SHORT = 3, LONG = 4, RATIONAL = 5, UNDEFINED = 7;
  const rational = (n: number) => Buffer.from(new Uint32Array([n, 1]).buffer);
  const entries: Entry[] = [
    [256, LONG, 1, width],
    [257, LONG, 1, height],
    [258, SHORT, 4, Buffer.from(new Uint16Array([16, 16, 16, 16]).buffer)],
    [259, SHORT, 1, 1],
    [262, SHORT, 1, 5], // separated (CMYK)
    [273, LONG, 1, 0], // strip offset, patched below
    [277, SHORT, 1, 4],
    [278, LONG, 1, height],
    [279, LONG, 1, pixels.length],
    [282, RATIONAL, 1, rational(300)],
    [283, RATIONAL, 1, rational(300)],
    [284, SHORT, 1, 1],
    [296, SHORT, 1, 2],
    [332, SHORT, 1, 1], // ink set: CMYK
    [34675, UNDEFINED, icc.length, icc],
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  let extraOffset = 8 + ifdSize;
  const extras: Buffer[] = [];
  const ifd = Buffer.alloc(ifdSize);
  ifd.writeUInt16LE(entries.length, 0);
  const dataOffset = extraOffset + entries.reduce((sum, [, , , v]) => sum + (Buffer.isBuffer(v) ? v.length + (v.length % 2) : 0), 0);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 2 + i * 12;
    ifd.writeUInt16LE(tag, at);
    ifd.writeUInt16LE(type, at + 2);
    ifd.writeUInt32LE(count, at + 4);
    if (Buffer.isBuffer(value)) {
      ifd.writeUInt32LE(extraOffset, at + 8);
      extras.push(value, Buffer.alloc(value.length % 2));
      extraOffset += value.length + (value.length % 2);
    } else if (type === SHORT) {
      ifd.writeUInt16LE(value, at + 8);
    } else {
      ifd.writeUInt32LE(tag === 273 ? dataOffset : value, at + 8);
    }
  });
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]);
  return Buffer.concat([header, ifd, ...extras, pixels]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header announces 60,000 × 60,000 pixels (3.6 gigapixels) in a few kilobytes. */
export function pngBomb(side = 60_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const someRows = deflateSync(Buffer.alloc((side + 1) * 16), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', someRows), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A JPEG cut off part-way, as an interrupted copy leaves it. */
export async function truncatedJpeg(width = 800, height = 600): Promise<Buffer> {
  const whole = await photo(width, height);
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/** Plain text; give it a .jpg name to check that the type comes from the content. */
export const NOT_AN_IMAGE = Buffer.from('This is a shopping list, not a photograph.\nBread, cheese, wine.\n');
