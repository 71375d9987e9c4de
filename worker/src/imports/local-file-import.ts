/**
 * Records an import of a local CSV file (the command line's way in; the API's is an upload): the head is checked
 * (UTF-8, header) and the mapping proposed or given, then the file is copied to storage beside uploaded ones.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DataSource } from 'typeorm';
import { ImportJobEntity } from '@oc/db';
import { InvalidCsvFile, mappingErrors, proposeMapping, readCsvHead, Utf8Checker, type ColumnMapping } from '@oc/domain';
import type { MediaStorage } from '@oc/media';
import type { Actor } from './notice-store';

const HEAD_BYTES = 64 * 1024;

export async function recordLocalFileImport(
  dataSource: DataSource,
  storage: MediaStorage,
  path: string,
  options: { mapping?: ColumnMapping; actor: Actor },
): Promise<ImportJobEntity> {
  const { delimiter, headers } = await readHead(path);
  const mapping = options.mapping ?? proposeMapping(headers);
  const problems = mappingErrors(headers, mapping);
  if (Object.keys(problems).length) {
    throw new InvalidCsvFile(
      `The columns cannot be mapped: ${Object.entries(problems).map(([k, v]) => `${k} ${v}`).join('; ')}. Proposed mapping (edit it and pass --mapping file.json): ${JSON.stringify(mapping)}`,
    );
  }
  const jobs = dataSource.getRepository(ImportJobEntity);
  const job = await jobs.save(
    jobs.create({
      fileName: basename(path),
      bytes: (await stat(path)).size,
      sourceKey: '',
      delimiter,
      headers,
      mapping,
      status: 'queued',
      createdBy: options.actor.id,
      createdByEmail: options.actor.email,
    }),
  );
  job.sourceKey = `imports/${job.id}/source.csv`;
  await storage.write(job.sourceKey, createReadStream(path), 'text/csv');
  await jobs.update({ id: job.id }, { sourceKey: job.sourceKey });
  return job;
}

/** The header of the file, after checking its first bytes are UTF-8 (the import checks the rest before applying). */
async function readHead(path: string) {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    new Utf8Checker().push(head);
    return readCsvHead(head.toString('utf8'), bytesRead < HEAD_BYTES);
  } finally {
    await file.close();
  }
}
