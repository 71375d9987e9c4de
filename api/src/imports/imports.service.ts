/**
 * CSV imports of notices, the API side: receive the file (streamed to storage, checked to be UTF-8 with a usable
 * header), propose a header mapping, and on "run" record the mapping and ask the worker for the `imports.run` job in
 * the same transaction. The worker applies the rows and writes the report, which is served from here.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { ImportJobEntity } from '@oc/db';
import { InvalidCsvFile, mappingErrors, proposeMapping, readCsvHead } from '@oc/domain';
import { enqueue } from '@oc/jobs';
import type { MediaStorage } from '@oc/media';
import type { AuthUser } from '../common/current-user.decorator';
import type { ListQuery, ListResult } from '../common/list-query';
import { fieldErrorsException } from '../common/validation';
import { ImportFilterDto, RunImportDto } from './import.dto';
import { IMPORT_STORAGE, IMPORTS_CONFIG, type ImportsConfig } from './imports.config';
import { receiveCsv } from './csv-upload';
import { ImportView, toImportView } from './import.view';

@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IMPORT_STORAGE) private readonly storage: MediaStorage,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
  ) {}

  async upload(req: Request, actor: AuthUser): Promise<ImportView> {
    const id = randomUUID();
    const sourceKey = `imports/${id}/source.csv`;
    const file = await receiveCsv(req, this.storage, sourceKey, this.config.IMPORT_MAX_UPLOAD_BYTES);
    let head;
    try {
      head = readCsvHead(file.head.toString('utf8'), file.complete);
    } catch (error) {
      await this.storage.delete(sourceKey);
      if (error instanceof InvalidCsvFile) throw fieldErrorsException({ file: error.message });
      throw error;
    }
    const jobs = this.dataSource.getRepository(ImportJobEntity);
    await jobs.insert(
      jobs.create({
        id,
        fileName: file.fileName,
        bytes: file.bytes,
        sourceKey,
        delimiter: head.delimiter,
        headers: head.headers,
        mapping: proposeMapping(head.headers),
        status: 'uploaded',
        createdBy: actor.id,
        createdByEmail: actor.email,
      }),
    );
    return toImportView(await jobs.findOneByOrFail({ id }));
  }

  async run(id: string, dto: RunImportDto): Promise<ImportView> {
    return this.dataSource.transaction(async (manager) => {
      const job = await manager.getRepository(ImportJobEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!job) throw new NotFoundException(`Import ${id} not found`);
      if (job.status !== 'uploaded') throw new ConflictException(`Import ${job.fileName} is already ${job.status}; upload the file again to run it again`);
      const mapping = dto.mapping ?? job.mapping;
      const bad = Object.entries(mapping).filter(([, column]) => column !== null && typeof column !== 'string');
      if (bad.length) throw fieldErrorsException(Object.fromEntries(bad.map(([header]) => [`mapping.${header}`, 'must be a column name or null'])));
      const errors = mappingErrors(job.headers, mapping);
      if (Object.keys(errors).length) throw fieldErrorsException(Object.fromEntries(Object.entries(errors).map(([k, v]) => [`mapping.${k}`, v])));
      await manager.update(ImportJobEntity, { id }, { mapping, status: 'queued' });
      await enqueue(manager, 'imports.run', { importId: id });
      return toImportView({ ...job, mapping, status: 'queued' });
    });
  }

  async list(query: ListQuery<ImportFilterDto>): Promise<ListResult<ImportView>> {
    const qb = this.dataSource.getRepository(ImportJobEntity).createQueryBuilder('i');
    if (query.filter.status) qb.andWhere('i.status = :status', { status: query.filter.status });
    if (query.filter.id) qb.andWhere('i.id = ANY(:id)', { id: query.filter.id });
    const [rows, total] = await qb.orderBy(query.sortExpression, query.order).addOrderBy('i.id', query.order).offset(query.offset).limit(query.limit).getManyAndCount();
    return { rows: rows.map(toImportView), total };
  }

  async get(id: string): Promise<ImportView> {
    return toImportView(await this.load(id));
  }

  async report(id: string): Promise<{ fileName: string; open: () => Promise<Readable> }> {
    const job = await this.load(id);
    if (!job.reportKey) throw new ConflictException(`The report of ${job.fileName} is not ready (the import is ${job.status})`);
    return { fileName: `${job.fileName.replace(/\.csv$/i, '')}.report.csv`, open: () => this.storage.read(job.reportKey as string) };
  }

  private async load(id: string): Promise<ImportJobEntity> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw new NotFoundException(`Import ${id} not found`);
    return job;
  }
}
