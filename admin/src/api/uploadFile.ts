/**
 * Sends one file as multipart (field `file`) with the bearer token, reporting upload progress. fetch cannot report
 * the progress of a request body, so this uses XMLHttpRequest; a refusal rejects like react-admin's fetchJson does
 * (an HttpError with the API's own sentence and body), so callers handle both alike.
 */
import { HttpError } from 'react-admin';

export interface UploadRequest {
  url: string;
  file: File;
  /** The bearer token's header. */
  headers: Record<string, string>;
  /** From 0 to 1, as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
}

export function uploadFile({ url, file, headers, onProgress }: UploadRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { message?: unknown } | null;
      if (request.status >= 200 && request.status < 300) resolve(body);
      else reject(new HttpError(typeof body?.message === 'string' ? body.message : request.statusText, request.status, body));
    };
    request.onerror = () => reject(new HttpError('ra.notification.http_error', 0));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
