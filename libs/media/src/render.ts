/**
 * Renders an original's derivatives (DESIGN.md §6). Every output is auto-oriented, flattened, converted to sRGB
 * through the embedded ICC profile (CMYK included) and brought to 8 bits. The sized images come from one decode,
 * each smaller size from the previous one, never enlarging. The tile pyramid streams from the original, beside
 * them, as `vips dzsave` does: built from a decoded copy it would wait for the whole decode (one core for an LZW
 * TIFF) before encoding a tile. The exception is a master that cannot shrink on load (TIFF, PNG) when sizes are
 * wanted too: there the full decode is most of the work, so it is done once and shared.
 */
import { join } from 'node:path';
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { DerivativeKind } from '@oc/domain';
import { DERIVATIVE_SPECS, HD_DENSITY_DPI, type ImageSpec } from './specs';
import { rightsXmp, type RightsMetadata } from './xmp';

/** Bad input (corrupt, truncated, not an image, a decompression bomb): retrying will not help. */
export class InvalidImage extends Error {}

export interface OriginalFacts {
  format: string;
  /** As displayed, after EXIF orientation. */
  width: number;
  height: number;
  colourSpace: string;
  bitDepth: number | null;
  hasIccProfile: boolean;
}

export interface RenderedDerivative {
  kind: DerivativeKind;
  /** A file, or for tiles the folder holding info.json and the pyramid. */
  path: string;
  width: number;
  height: number;
  bytes: number;
}

export interface RenderOptions {
  kinds: readonly DerivativeKind[];
  /** An empty folder the caller owns; outputs are written there. */
  outputFolder: string;
  /** Refuse originals with more pixels than this before decoding them (decompression bombs). */
  maxPixels: number;
  /** Required when `hd` is asked for: written into the HD file as XMP. */
  rights?: RightsMetadata;
  onProgress?: (percent: number) => Promise<void> | void;
}

export interface RenderResult {
  original: OriginalFacts;
  derivatives: RenderedDerivative[];
}

interface Raster {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

const BIT_DEPTHS: Record<string, number> = { uchar: 8, char: 8, ushort: 16, short: 16, uint: 32, int: 32, float: 32, complex: 64, double: 64, dpcomplex: 128 };

/** "Input file is missing" and "unsupported image format" are vips' words; the registrar needs ours. */
function explainDecodeError(error: unknown): InvalidImage {
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0].trim();
  if (/unsupported image format/i.test(detail)) return new InvalidImage('The file is not an image that can be read (unsupported or unrecognisable format)');
  if (/pixel limit/i.test(detail)) return new InvalidImage(`The image has too many pixels to be processed safely (${detail})`);
  return new InvalidImage(`The image is damaged or incomplete and cannot be decoded (${detail})`);
}

export async function readOriginalFacts(input: string, maxPixels: number): Promise<OriginalFacts> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw explainDecodeError(error);
  }
  if (!meta.width || !meta.height) throw new InvalidImage('The image has no readable dimensions');
  const pixels = meta.width * meta.height;
  if (pixels > maxPixels) {
    throw new InvalidImage(
      `The image is ${meta.width} × ${meta.height} pixels (${Math.round(pixels / 1e6)} megapixels), more than the limit of ${Math.round(maxPixels / 1e6)} megapixels: refused as a possible decompression bomb`,
    );
  }
  return {
    format: meta.format ?? 'unknown',
    width: meta.autoOrient?.width ?? meta.width,
    height: meta.autoOrient?.height ?? meta.height,
    colourSpace: meta.space ?? 'unknown',
    bitDepth: meta.depth ? (BIT_DEPTHS[meta.depth] ?? null) : null,
    hasIccProfile: !!meta.icc,
  };
}

const longEdge = (r: { width: number; height: number }) => Math.max(r.width, r.height);
const fromRaster = (r: Raster) => sharp(r.data, { raw: { width: r.width, height: r.height, channels: r.channels } });

/** Loaders that decode straight to a smaller size (JPEG's DCT scaling, WebP): resizing while decoding is cheap. */
const SHRINKS_ON_LOAD = new Set(['jpeg', 'webp']);

/** The original, decoded lazily: auto-oriented, on white, sRGB, 8 bits. */
function loadAsSrgb8(input: string, original: OriginalFacts, maxPixels: number, largestNeeded: number | null): Sharp {
  let image = sharp(input, { limitInputPixels: maxPixels, failOn: 'truncated' }).autoOrient();
  // Elsewhere (TIFF, PNG) the resize would run on the 16-bit or alpha data before the conversion, costing twice as
  // much as shrinking the 8-bit copy afterwards.
  if (largestNeeded && SHRINKS_ON_LOAD.has(original.format)) image = image.resize(largestNeeded, largestNeeded, { fit: 'inside', withoutEnlargement: true });
  image = image.flatten({ background: '#ffffff' }).toColourspace('srgb');
  // sharp brings a 16-bit RGB master with a profile into P3 (its wide working space), not sRGB: only an output
  // profile converts it back. Without this the colours come out desaturated.
  return original.colourSpace === 'rgb16' && original.hasIccProfile ? image.withIccProfile('srgb', { attach: false }) : image;
}

async function decode(input: string, original: OriginalFacts, maxPixels: number, largestNeeded: number | null): Promise<Raster> {
  try {
    const { data, info } = await loadAsSrgb8(input, original, maxPixels, largestNeeded).raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    throw explainDecodeError(error);
  }
}

async function shrink(raster: Raster, edge: number): Promise<Raster> {
  if (longEdge(raster) <= edge) return raster;
  const { data, info } = await fromRaster(raster).resize(edge, edge, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function encoder(image: Sharp, kind: DerivativeKind, spec: ImageSpec, rights: RightsMetadata | undefined): Sharp {
  if (spec.format === 'webp') return image.webp({ quality: spec.quality, effort: 4 });
  if (kind !== 'hd') return image.withIccProfile('srgb').jpeg({ quality: spec.quality, progressive: true });
  if (!rights) throw new Error('The HD derivative needs its rights metadata');
  return image
    .withIccProfile('srgb')
    .withMetadata({ density: HD_DENSITY_DPI })
    .withXmp(rightsXmp(rights))
    .jpeg({ quality: spec.quality, chromaSubsampling: '4:4:4' });
}

async function writeImage(raster: Raster, kind: Exclude<DerivativeKind, 'tiles'>, folder: string, rights?: RightsMetadata): Promise<RenderedDerivative> {
  const spec = DERIVATIVE_SPECS[kind];
  const path = join(folder, `${kind}.${spec.extension}`);
  const info = await encoder(fromRaster(raster), kind, spec, rights).toFile(path);
  return { kind, path, width: info.width, height: info.height, bytes: info.size };
}

async function writeTiles(source: Sharp, folder: string): Promise<void> {
  const spec = DERIVATIVE_SPECS.tiles;
  // dzsave names the pyramid's folder after the file name; info.json's `id` is rewritten when served.
  // Hundreds of small files: Huffman optimisation would cost a quarter of the time for a few percent of bytes.
  await source
    .jpeg({ quality: spec.quality, optimiseCoding: false })
    .tile({ layout: 'iiif3', size: spec.tileSize, id: 'urn:oc:media' })
    .toFile(join(folder, 'tiles.dz'));
}

const isWriteError = (error: unknown) => /dzsave|unable to (write|open)|no space|permission denied/i.test(String((error as Error)?.message));

export async function renderDerivatives(input: string, options: RenderOptions): Promise<RenderResult> {
  const original = await readOriginalFacts(input, options.maxPixels);
  const wanted = new Set(options.kinds);
  const imageKinds = (Object.keys(DERIVATIVE_SPECS) as DerivativeKind[]).filter(
    (k): k is Exclude<DerivativeKind, 'tiles'> => k !== 'tiles' && wanted.has(k),
  );
  const edges = [...new Set(imageKinds.map((k) => DERIVATIVE_SPECS[k].longEdge))].sort((a, b) => b - a);
  const steps = imageKinds.length + (imageKinds.length ? 1 : 0) + (wanted.has('tiles') ? 1 : 0);
  let done = 0;
  const progress = async () => options.onProgress?.(Math.round((++done / steps) * 100));

  const shareFullDecode = wanted.has('tiles') && edges.length > 0 && !SHRINKS_ON_LOAD.has(original.format);
  const shared = shareFullDecode ? decode(input, original, options.maxPixels, null) : null;

  const cascade = async () => {
    if (!edges.length) return [];
    let level = await (shared ?? decode(input, original, options.maxPixels, edges[0]));
    await progress();
    const results: RenderedDerivative[] = [];
    for (const edge of edges) {
      level = await shrink(level, edge);
      const atEdge = imageKinds.filter((k) => DERIVATIVE_SPECS[k].longEdge === edge);
      for (const kind of atEdge) {
        results.push(await writeImage(level, kind, options.outputFolder, options.rights));
        await progress();
      }
    }
    return results;
  };
  const tiles = async () => {
    if (!wanted.has('tiles')) return [];
    const source = shared ? fromRaster(await shared) : loadAsSrgb8(input, original, options.maxPixels, null);
    try {
      await writeTiles(source, options.outputFolder);
    } catch (error) {
      // Streaming, the same pass reads the original and writes the tiles: only a reading error is the image's fault.
      throw shared || isWriteError(error) ? error : explainDecodeError(error);
    }
    await progress();
    return [{ kind: 'tiles' as const, path: join(options.outputFolder, 'tiles'), width: original.width, height: original.height, bytes: 0 }];
  };
  // Two chains on libvips' threads: the cascade is a sequence, the pyramid streams; together they keep both cores busy.
  const outcomes = await Promise.allSettled([cascade(), tiles()]);
  const failed = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason);
  // When both fail, the image's fault is the one to report: it tells the registrar, and stops the retries. libvips keeps
  // one error buffer for the process: when both chains fail at once, one may find it emptied by the other and say only
  // "Unknown error", so the one that still names the fault is preferred.
  if (failed.length) {
    const faults = failed.filter((e): e is InvalidImage => e instanceof InvalidImage);
    throw faults.find((e) => !/\(Unknown error\)$/.test(e.message)) ?? faults[0] ?? failed[0];
  }
  return { original, derivatives: outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : [])) };
}
