/**
 * Receives one image from a multipart/form-data request (field `file`, plus small text fields) and streams it to
 * storage through the upload inspector: nothing is buffered, hashes come out of the same pass, and a file that is
 * too large or not an image is stopped as soon as that is known. Every refusal is a 4xx naming the problem.
 */
import {
  BadRequestException,
  HttpException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { formatBytes, UploadInspector, UploadRejected, type InspectedUpload, type MediaStorage } from '@oc/media';
import { fieldErrorsException } from '../common/validation';

export interface ReceivedImage {
  upload: InspectedUpload;
  fileName: string;
  fields: Record<string, string>;
}

const MAX_FIELDS = 10;

/** Reads and discards what is left of a request we refuse, so the client gets our answer instead of a broken pipe. */
export function drain(req: Request): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve).on('close', resolve).on('error', resolve);
    req.resume();
  });
}

function refusal(error: unknown, maxBytes: number): HttpException | unknown {
  if (!(error instanceof UploadRejected)) return error;
  if (error.reason === 'too_large') {
    return new PayloadTooLargeException({ message: `${error.message}`, errors: { file: `must be at most ${formatBytes(maxBytes)}` } });
  }
  if (error.reason === 'unsupported_type') {
    return new UnsupportedMediaTypeException({ message: error.message, errors: { file: 'must be a TIFF, JPEG, PNG or WebP image' } });
  }
  return fieldErrorsException({ file: error.message.replace(/^.* is /, 'is ') });
}

export async function receiveImage(req: Request, storage: MediaStorage, key: string, maxBytes: number): Promise<ReceivedImage> {
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    await drain(req);
    throw fieldErrorsException({ file: 'is required: send the image as multipart/form-data in the field "file"' });
  }
  const result = await new Promise<{ stored: Promise<ReceivedImage> | null; fields: Record<string, string>; problem: HttpException | null }>(
    (resolve) => {
      const fields: Record<string, string> = {};
      let stored: Promise<ReceivedImage> | null = null;
      let problem: HttpException | null = null;
      const parser = busboy({ headers: req.headers, limits: { files: 1, fields: MAX_FIELDS, fieldSize: 10_000 } });
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated) problem ??= fieldErrorsException({ [name]: 'is too long' });
        fields[name] = value;
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || stored) {
          problem ??= fieldErrorsException({ [name]: name === 'file' ? 'must hold one image only' : 'is not expected: send the image in the field "file"' });
          stream.resume();
          return;
        }
        const inspector = new UploadInspector(maxBytes, info.filename || 'The file');
        inspector.on('error', () => {
          stream.unpipe(inspector);
          stream.resume();
        });
        stream.on('error', (error) => inspector.destroy(error));
        stream.pipe(inspector);
        const writing = storage
          .write(key, inspector, 'application/octet-stream')
          .then((): ReceivedImage => ({ upload: inspector.result(), fileName: info.filename ?? '', fields }));
        writing.catch(() => undefined); // awaited below; this only keeps Node from calling it unhandled meanwhile
        stored = writing;
      });
      parser.on('filesLimit', () => (problem ??= fieldErrorsException({ file: 'must hold one image only' })));
      parser.on('fieldsLimit', () => (problem ??= fieldErrorsException({ fields: `at most ${MAX_FIELDS} text fields are accepted` })));
      parser.on('error', (error: Error) => {
        problem ??= new BadRequestException(`The multipart body could not be read (${error.message})`);
        req.unpipe(parser);
        void drain(req).then(() => resolve({ stored, fields, problem }));
      });
      parser.on('close', () => resolve({ stored, fields, problem }));
      req.pipe(parser);
    },
  );
  let received: ReceivedImage | null = null;
  try {
    received = result.stored ? await result.stored : null;
  } catch (error) {
    throw result.problem ?? refusal(error, maxBytes);
  }
  if (result.problem || !received) {
    if (received) await storage.delete(key);
    throw result.problem ?? fieldErrorsException({ file: 'is required: send the image as multipart/form-data in the field "file"' });
  }
  return received;
}
