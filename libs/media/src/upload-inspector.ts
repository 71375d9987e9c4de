/**
 * A pass-through stream that an upload flows through on its way to storage: it hashes (sha256 for deduplication,
 * sha1 for Commons), counts, enforces the size limit and checks the type from the first bytes, so nothing has to
 * hold the file in memory or read it twice.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { sniffImageType, SNIFF_BYTES } from './sniff';
import type { SupportedMimeType } from './specs';

export class UploadRejected extends Error {
  constructor(
    readonly reason: 'too_large' | 'unsupported_type' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

export interface InspectedUpload {
  sha256: string;
  sha1: string;
  bytes: number;
  mime: SupportedMimeType;
}

export class UploadInspector extends Transform {
  private readonly sha256: Hash = createHash('sha256');
  private readonly sha1: Hash = createHash('sha1');
  private bytes = 0;
  private head = Buffer.alloc(0);
  private mime: SupportedMimeType | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly fileName: string,
  ) {
    super();
  }

  _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new UploadRejected('too_large', `${this.fileName} is larger than the limit of ${formatBytes(this.maxBytes)}`));
      return;
    }
    if (!this.mime) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length >= SNIFF_BYTES) {
        const rejected = this.checkType();
        if (rejected) return callback(rejected);
      }
    }
    this.sha256.update(chunk);
    this.sha1.update(chunk);
    callback(null, chunk);
  }

  _flush(callback: TransformCallback): void {
    if (this.bytes === 0) return callback(new UploadRejected('empty', `${this.fileName} is empty`));
    if (!this.mime) {
      const rejected = this.checkType();
      if (rejected) return callback(rejected);
    }
    callback();
  }

  /** Only valid once the stream has ended. */
  result(): InspectedUpload {
    if (!this.mime) throw new Error('The upload has not been read to its end');
    return { sha256: this.sha256.digest('hex'), sha1: this.sha1.digest('hex'), bytes: this.bytes, mime: this.mime };
  }

  private checkType(): UploadRejected | null {
    this.mime = sniffImageType(this.head);
    this.head = Buffer.alloc(0);
    if (this.mime) return null;
    return new UploadRejected(
      'unsupported_type',
      `${this.fileName} is not a TIFF, JPEG, PNG or WebP image (its content says otherwise, whatever its name)`,
    );
  }
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
