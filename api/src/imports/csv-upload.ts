/**
 * Receives a CSV file from a multipart/form-data request (field `file`) and streams it to storage, checking on the
 * way that every byte is UTF-8 and keeping the first bytes for the header. Nothing is buffered beyond that head; a
 * file that is too large or not UTF-8 is stopped as soon as that is known, with a 4xx naming the problem.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { InvalidCsvFile, Utf8Checker } from '@oc/domain';
import { formatBytes, type MediaStorage } from '@oc/media';
import { fieldErrorsException } from '../common/validation';
import { drain } from '../media/multipart-upload';

const HEAD_BYTES = 64 * 1024;

export interface ReceivedCsv {
  fileName: string;
  bytes: number;
  /** The first bytes of the file (64 KB at most) and whether that is the whole file. */
  head: Buffer;
  complete: boolean;
}

class FileTooLarge extends Error {}

/** Passes bytes through while checking them; keeps the head. */
class CsvInspector extends Transform {
  bytes = 0;
  private readonly headChunks: Buffer[] = [];
  private headBytes = 0;
  private readonly utf8 = new Utf8Checker();

  constructor(private readonly maxBytes: number) {
    super();
  }

  get head(): Buffer {
    return Buffer.concat(this.headChunks).subarray(0, HEAD_BYTES);
  }

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(new FileTooLarge());
    if (this.headBytes < HEAD_BYTES) {
      this.headChunks.push(chunk);
      this.headBytes += chunk.length;
    }
    try {
      this.utf8.push(chunk);
    } catch (error) {
      return done(error as Error);
    }
    done(null, chunk);
  }

  _flush(done: TransformCallback): void {
    try {
      this.utf8.end();
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

export async function receiveCsv(req: Request, storage: MediaStorage, key: string, maxBytes: number): Promise<ReceivedCsv> {
  const missing = () => fieldErrorsException({ file: 'is required: send the CSV file as multipart/form-data in the field "file"' });
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    await drain(req);
    throw missing();
  }
  const result = await new Promise<{ stored: Promise<ReceivedCsv> | null; problem: HttpException | null }>((resolve) => {
    let stored: Promise<ReceivedCsv> | null = null;
    let problem: HttpException | null = null;
    const parser = busboy({ headers: req.headers, limits: { files: 1, fields: 5, fieldSize: 10_000 } });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || stored) {
        problem ??= fieldErrorsException({ [name]: name === 'file' ? 'must hold one file only' : 'is not expected: send the CSV in the field "file"' });
        stream.resume();
        return;
      }
      const inspector = new CsvInspector(maxBytes);
      inspector.on('error', () => {
        stream.unpipe(inspector);
        stream.resume();
      });
      stream.on('error', (error) => inspector.destroy(error));
      stream.pipe(inspector);
      const writing = storage.write(key, inspector, 'text/csv').then(
        (): ReceivedCsv => ({ fileName: info.filename || 'import.csv', bytes: inspector.bytes, head: inspector.head, complete: inspector.bytes <= HEAD_BYTES }),
      );
      writing.catch(() => undefined); // awaited below
      stored = writing;
    });
    parser.on('filesLimit', () => (problem ??= fieldErrorsException({ file: 'must hold one file only' })));
    parser.on('error', (error: Error) => {
      problem ??= new BadRequestException(`The multipart body could not be read (${error.message})`);
      req.unpipe(parser);
      void drain(req).then(() => resolve({ stored, problem }));
    });
    parser.on('close', () => resolve({ stored, problem }));
    req.pipe(parser);
  });
  let received: ReceivedCsv | null = null;
  try {
    received = result.stored ? await result.stored : null;
  } catch (error) {
    await storage.delete(key);
    if (result.problem) throw result.problem;
    if (error instanceof FileTooLarge) {
      throw new PayloadTooLargeException({ message: `The file is larger than ${formatBytes(maxBytes)}`, errors: { file: `must be at most ${formatBytes(maxBytes)}` } });
    }
    if (error instanceof InvalidCsvFile) throw fieldErrorsException({ file: error.message });
    throw error;
  }
  if (result.problem || !received) {
    if (received) await storage.delete(key);
    throw result.problem ?? missing();
  }
  return received;
}
