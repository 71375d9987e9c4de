/** Storage in a local folder (default `.data/media`). Writes go to a temporary name first, then rename: readers never see half a file. */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MediaStorage, ObjectNotFound, StoredObjectInfo } from './media-storage';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';
const temporary = (path: string) => `${path}.tmp-${randomBytes(4).toString('hex')}`;

export class FilesystemStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async write(key: string, body: Readable | Buffer, _contentType: string): Promise<number> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = temporary(path);
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(partial));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return (await stat(path)).size;
  }

  async writeFolder(prefix: string, folder: string): Promise<{ files: number; bytes: number }> {
    const path = this.pathOf(prefix);
    await mkdir(dirname(path), { recursive: true });
    const partial = temporary(path);
    await cp(folder, partial, { recursive: true });
    const old = temporary(path);
    await rename(path, old).catch((error) => {
      if (!isMissing(error)) throw error;
    });
    await rename(partial, path);
    await rm(old, { recursive: true, force: true });
    let files = 0;
    let bytes = 0;
    for (const file of await readdir(path, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      files++;
      bytes += (await stat(join(file.parentPath, file.name))).size;
    }
    return { files, bytes };
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    if (!(await this.stat(key))) throw new ObjectNotFound(key);
    return createReadStream(path);
  }

  async localFile(key: string): Promise<{ path: string; release(): Promise<void> }> {
    if (!(await this.stat(key))) throw new ObjectNotFound(key);
    return { path: this.pathOf(key), release: async () => undefined };
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { bytes: info.size, modifiedAt: info.mtime } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<void> {
    await rm(this.pathOf(prefix), { recursive: true, force: true });
  }

  /** Keys are ours (storageKey), but a tile path comes from a URL: nothing may escape the root. */
  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    const inside = relative(this.root, path);
    if (!inside || inside.startsWith('..') || inside.split(sep).includes('..')) throw new ObjectNotFound(key);
    return path;
  }
}
