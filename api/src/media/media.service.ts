/**
 * Images of works: upload (streamed to storage, deduplicated by content), edit (caption, credit, primary image,
 * optimistic locking), delete, and serving with the rights rule applied on every request. Every write runs in one
 * transaction with its audit event and the outbox rows of the jobs it causes (render, package, purge).
 */
import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { MediaEntity } from '@oc/db';
import { allowsOpenContent, derivativeAllowed, type DerivativeKind } from '@oc/domain';
import { enqueue, refreshPublications } from '@oc/jobs';
import { ObjectNotFound, packageBaseName, storageKey, type MediaStorage } from '@oc/media';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/current-user.decorator';
import type { ListQuery, ListResult } from '../common/list-query';
import { fieldErrorsException, flattenValidationErrors } from '../common/validation';
import { assertCurrentVersion } from '../common/versioned-update';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MediaFilterDto, MediaUpdateDto, MediaUploadFieldsDto } from './media.dto';
import { MediaRepository } from './media.repository';
import { MEDIA_STORAGE } from './media-storage.provider';
import { auditedMedia, MediaView } from './media.view';
import { drain, receiveImage } from './multipart-upload';

export interface ServedObject {
  key: string;
  etag: string;
  bytes: number | null;
}

@Injectable()
export class MediaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly media: MediaRepository,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery<MediaFilterDto>): Promise<ListResult<MediaView>> {
    return this.media.list(this.dataSource.manager, query);
  }

  async get(id: string): Promise<MediaView> {
    return this.media.view(this.dataSource.manager, await this.load(this.dataSource.manager, id));
  }

  async upload(workId: string, req: Request, actor: AuthUser): Promise<MediaView> {
    if (!(await this.media.workRights(this.dataSource.manager, workId))) {
      await drain(req);
      throw new NotFoundException(`Work ${workId} not found`);
    }
    const id = randomUUID();
    const key = storageKey({ type: 'original', mediaId: id });
    const received = await receiveImage(req, this.storage, key, this.config.MEDIA_MAX_UPLOAD_BYTES);
    try {
      const fields = this.uploadFields(received.fields);
      const holder = await this.media.holderOf(this.dataSource.manager, received.upload.sha256);
      if (holder) throw this.duplicate(holder);
      return await this.dataSource.transaction(async (manager) => {
        // Locking the work serialises concurrent uploads, so "first image becomes primary" holds under load.
        await manager.query('SELECT id FROM work WHERE id = $1 FOR UPDATE', [workId]);
        const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM media WHERE work_id = $1 AND is_primary', [workId]);
        const isPrimary = fields.isPrimary ?? count === 0;
        if (isPrimary) await manager.query('UPDATE media SET is_primary = false WHERE work_id = $1 AND is_primary', [workId]);
        await manager.insert(MediaEntity, {
          id,
          workId,
          storageKey: key,
          sha256: received.upload.sha256,
          sha1: received.upload.sha1,
          mime: received.upload.mime,
          bytes: received.upload.bytes,
          caption: fields.caption ?? null,
          photographerCredit: fields.photographerCredit ?? null,
          isPrimary,
          status: 'pending',
          createdBy: actor.id,
        });
        await enqueue(manager, 'media.render', { mediaId: id });
        const view = await this.media.view(manager, await this.load(manager, id));
        await this.audit.record({ user: actor, action: 'media.upload', entityType: 'media', entityId: id, after: auditedMedia(view), comment: received.fileName || null }, manager);
        return view;
      });
    } catch (error) {
      await this.storage.delete(key);
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'media_sha256_unique') {
        const holder = await this.media.holderOf(this.dataSource.manager, received.upload.sha256);
        if (holder) throw this.duplicate(holder);
      }
      throw error;
    }
  }

  update(id: string, dto: MediaUpdateDto, actor: AuthUser): Promise<MediaView> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id, true);
      assertCurrentVersion('image', existing.version, dto.version);
      const before = await this.media.view(manager, existing);
      const changes: Partial<MediaEntity> = {};
      if (dto.caption !== undefined) changes.caption = dto.caption;
      if (dto.photographerCredit !== undefined) changes.photographerCredit = dto.photographerCredit;
      if (dto.isPrimary !== undefined) changes.isPrimary = dto.isPrimary;
      if (dto.isPrimary && !existing.isPrimary) {
        await manager.query('UPDATE media SET is_primary = false WHERE work_id = $1 AND is_primary', [existing.workId]);
      }
      await manager.update(MediaEntity, { id }, { ...changes, version: existing.version + 1 });
      const after = await this.media.view(manager, await this.load(manager, id));
      await this.audit.record({ user: actor, action: 'media.update', entityType: 'media', entityId: id, before: auditedMedia(before), after: auditedMedia(after) }, manager);
      const rights = await this.media.workRights(manager, existing.workId);
      if (rights && allowsOpenContent(rights)) {
        // The credit is written into the HD file; the primary image is the one the package ships.
        if (before.photographerCredit !== after.photographerCredit) await enqueue(manager, 'media.render', { mediaId: id });
        else if (before.isPrimary !== after.isPrimary) await enqueue(manager, 'packages.build', { workId: existing.workId });
      }
      // Captions, credits and the primary image are part of the published notice.
      await refreshPublications(manager, [existing.workId]);
      return after;
    });
  }

  remove(id: string, actor: AuthUser): Promise<MediaView> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.load(manager, id, true);
      const view = await this.media.view(manager, existing);
      await manager.delete(MediaEntity, { id });
      if (existing.isPrimary) {
        // The work keeps a primary image while it has any: the oldest remaining one takes over.
        await manager.query(
          `UPDATE media SET is_primary = true, version = version + 1, updated_at = now()
           WHERE id = (SELECT id FROM media WHERE work_id = $1 ORDER BY created_at, id LIMIT 1)`,
          [existing.workId],
        );
      }
      await enqueue(manager, 'media.purge', { mediaId: id });
      const rights = await this.media.workRights(manager, existing.workId);
      if (rights && allowsOpenContent(rights)) await enqueue(manager, 'packages.build', { workId: existing.workId });
      await refreshPublications(manager, [existing.workId]);
      await this.audit.record({ user: actor, action: 'media.delete', entityType: 'media', entityId: id, before: auditedMedia(view) }, manager);
      return view;
    });
  }

  /**
   * To call, in the caller's transaction, whenever a work's rights change: the worker deletes HD, tiles and package
   * when the work is no longer Open Content, and renders them (and builds the package) when it has become so.
   * Serving applies the rule on every request, so nothing forbidden is served even before the job has run.
   */
  async enforceRights(manager: EntityManager, workId: string): Promise<void> {
    await enqueue(manager, 'media.enforce-rights', { workId });
  }

  /** To call, in the caller's transaction, when a notice changes: the package carries the notice. */
  async rebuildPackage(manager: EntityManager, workId: string): Promise<void> {
    const rights = await this.media.workRights(manager, workId);
    if (rights && allowsOpenContent(rights)) await enqueue(manager, 'packages.build', { workId });
  }

  /** Where a derivative is stored, if it exists and the work's rights let it out; a 404 naming the reason otherwise. */
  async servedDerivative(mediaId: string, kind: DerivativeKind): Promise<ServedObject> {
    const served = await this.media.findServed(this.dataSource.manager, mediaId, kind);
    if (!served) throw new NotFoundException(`Image ${mediaId} not found`);
    if (!derivativeAllowed(kind, served.rights)) {
      throw new NotFoundException(`There is no ${kind} for this image: HD images and tiles exist only for Open Content (CC0) works`);
    }
    if (!served.derivative) {
      const state = served.media.status === 'failed' ? 'its processing failed' : `it is ${served.media.status}`;
      throw new NotFoundException(`The ${kind} of image ${mediaId} is not available yet (${state})`);
    }
    const { storageKey: key, createdAt, bytes } = served.derivative;
    return { key, bytes: kind === 'tiles' ? null : bytes, etag: `"${mediaId.slice(0, 8)}-${kind}-${createdAt.getTime().toString(36)}"` };
  }

  async servedPackage(workId: string): Promise<ServedObject & { fileName: string }> {
    const [work] = await this.dataSource.query(
      `SELECT w.inventory_number AS "inventoryNumber", w.title_fr AS title, w.rights_status AS status, w.licence,
              (SELECT p.display_name FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = w.id ORDER BY wc.position LIMIT 1) AS creator
       FROM work w WHERE w.id = $1`,
      [workId],
    );
    if (!work) throw new NotFoundException(`Work ${workId} not found`);
    if (!allowsOpenContent(work)) throw new NotFoundException('Download packages exist only for Open Content (CC0) works');
    const key = storageKey({ type: 'package', workId });
    const stat = await this.storage.stat(key);
    if (!stat) throw new NotFoundException('The download package of this work has not been built yet (it needs a ready HD image)');
    const fileName = `${packageBaseName({ inventoryNumber: work.inventoryNumber, title: { fr: work.title, en: null, es: null }, creators: work.creator ? [{ name: work.creator, role: '', birthDate: null, deathDate: null }] : [] })}.zip`;
    return { key, bytes: stat.bytes, etag: `"pkg-${stat.modifiedAt.getTime().toString(36)}-${stat.bytes.toString(36)}"`, fileName };
  }

  async open(key: string) {
    try {
      return await this.storage.read(key);
    } catch (error) {
      if (error instanceof ObjectNotFound) throw new NotFoundException('This file is not in storage (it may be being regenerated)');
      throw error;
    }
  }

  private uploadFields(raw: Record<string, string>): MediaUploadFieldsDto {
    const fields = plainToInstance(MediaUploadFieldsDto, raw);
    const errors = validateSync(fields, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true, validationError: { target: false } });
    if (errors.length) throw fieldErrorsException(flattenValidationErrors(errors));
    return fields;
  }

  private duplicate(holder: { workId: string; inventoryNumber: string; title: string; museum: string }): ConflictException {
    return new ConflictException({
      message: `This image is already attached to work ${holder.inventoryNumber} "${holder.title}" (${holder.museum})`,
      errors: { file: 'is a duplicate of an existing image' },
      workId: holder.workId,
    });
  }

  private async load(manager: EntityManager, id: string, lock = false): Promise<MediaEntity> {
    const media = await this.media.findOne(manager, id, lock);
    if (!media) throw new NotFoundException(`Image ${id} not found`);
    return media;
  }
}
