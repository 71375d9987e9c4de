/** Sends a stored object with validators and caching headers; a matching If-None-Match is a 304 without reading storage. */
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';

/** IIIF Image API 3 level-0 paths as dzsave writes them: region/size/rotation/quality.format. */
export const TILE_PATH = /^(full|\d{1,6},\d{1,6},\d{1,6},\d{1,6})\/(max|\d{1,6},|\d{1,6},\d{1,6})\/0\/default\.jpg$/;

export async function sendStored(
  req: Request,
  res: Response,
  served: { etag: string; bytes: number | null },
  contentType: string,
  cacheControl: string,
  open: () => Promise<Readable>,
): Promise<void> {
  res.setHeader('ETag', served.etag);
  res.setHeader('Cache-Control', cacheControl);
  if (req.headers['if-none-match'] === served.etag) {
    res.status(304).end();
    return;
  }
  const body = await open();
  res.setHeader('Content-Type', contentType);
  if (served.bytes !== null) res.setHeader('Content-Length', served.bytes);
  if (req.method === 'HEAD') {
    body.destroy();
    res.end();
    return;
  }
  await pipeline(body, res);
}

/** info.json as stored names a placeholder; the viewer needs the URL it was fetched from. */
export async function iiifInfo(stored: Readable, base: string): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of stored) chunks.push(chunk as Buffer);
  return { ...JSON.parse(Buffer.concat(chunks).toString('utf8')), id: base };
}
