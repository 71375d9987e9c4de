/**
 * Published works with real images for the public API tests: the image goes through the upload API and the real
 * render job (sharp, tiles), the package is built by the real package job, then rights and state are set as a test
 * needs — including "HD files still on disk for a work that is no longer CC0", the case the rules must cover.
 */
import { DataSource } from 'typeorm';
import { createDataSource } from '@oc/db';
import type { Licence, RightsStatus } from '@oc/domain';
import { buildPackage, renderMedia, type MediaStorage } from '@oc/media';
import { photo } from '@oc/testing';
import { MEDIA_STORAGE } from '../src/media/media-storage.provider';
import { bearer, type TestApi } from './harness';
import { createPerson, createWork } from './fixtures';
import { sql } from './workflow-fixtures';

export interface PublicFixture {
  id: string;
  mediaId: string;
  inventoryNumber: string;
}

export interface PublicWorkOptions {
  museumId: string;
  title?: { fr: string; en?: string; es?: string };
  creator?: string;
  year?: number;
  state?: string;
  rights?: { status: RightsStatus | null; licence: Licence | null };
  /** Render as CC0 first (HD, tiles, package on disk), then apply `rights`. */
  leftoverOpenContentFiles?: boolean;
  is2D?: boolean;
  imageSize?: [number, number];
}

let counter = 0;

export class PublicWorks {
  readonly storage: MediaStorage;
  private dataSource!: DataSource;

  constructor(private readonly api: TestApi) {
    this.storage = api.app.get(MEDIA_STORAGE);
  }

  async init(): Promise<this> {
    this.dataSource = await createDataSource(this.api.db.url).initialize();
    return this;
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }

  async create(options: PublicWorkOptions): Promise<PublicFixture> {
    const n = ++counter;
    const person = await createPerson(this.api, options.creator ?? `Paul Cézanne ${n}`, { birthDate: '1839-01-19', deathDate: '1906-10-22' });
    const inventoryNumber = `PUB-${n}-${Date.now().toString(36)}`;
    const year = options.year ?? 1880;
    const work = await createWork(this.api, {
      museumId: options.museumId,
      inventoryNumber,
      title: options.title ?? { fr: `Nature morte aux pommes ${n}`, en: `Still life with apples ${n}` },
      dating: { text: String(year), startYear: year, endYear: year },
      creators: [{ personId: person.id, role: 'auteur' }],
      description: { fr: 'Une vue d’hiver.', es: 'Una vista de invierno.' },
      dimensions: [{ type: 'hauteur', value: 60, unit: 'cm' }],
      is2D: options.is2D ?? true,
    });
    const rights = options.rights ?? { status: 'public_domain', licence: 'CC0' };
    const renderAs = options.leftoverOpenContentFiles ? { status: 'public_domain', licence: 'CC0' } : rights;
    await sql(this.api, `UPDATE work SET rights_status = $2, licence = $3 WHERE id = $1`, [work.id, renderAs.status, renderAs.licence]);
    const upload = await this.api.http
      .post(`/api/works/${work.id}/media`)
      .set(bearer(this.api.tokens.registrar))
      .attach('file', await photo(...(options.imageSize ?? [1400, 1000])), 'picture.jpg');
    if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`);
    const mediaId = upload.body.id as string;
    const rendered = await renderMedia(this.dataSource, this.storage, mediaId, { maxPixels: 100_000_000 });
    if (rendered.status !== 'done') throw new Error(`render: ${JSON.stringify(rendered)}`);
    await buildPackage(this.dataSource, this.storage, work.id);
    await sql(this.api, `UPDATE work SET rights_status = $2, licence = $3, workflow_state = $4 WHERE id = $1`, [
      work.id,
      rights.status,
      rights.licence,
      options.state ?? 'published',
    ]);
    return { id: work.id, mediaId, inventoryNumber };
  }
}
