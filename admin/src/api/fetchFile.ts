/**
 * Reads a file the API serves to signed-in users only (images, CSV), with the bearer token: an `<img>` or a plain
 * link cannot send the header, so the page shows or saves the blob instead. A refusal carries the API's sentence.
 */
import { HttpError } from 'react-admin';
import { bearerHeader, type TokenStore } from './tokenStore';

export type FileFetcher = (url: string) => Promise<Blob>;

export function createFileFetcher(tokens: TokenStore): FileFetcher {
  return async (url) => {
    const response = await fetch(url, { headers: bearerHeader(tokens) });
    if (response.ok) return response.blob();
    const body = await response.json().catch(() => null);
    throw new HttpError(typeof body?.message === 'string' ? body.message : response.statusText, response.status, body);
  };
}
