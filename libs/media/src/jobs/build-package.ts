/**
 * Job `packages.build`: (re)builds a CC0 work's download package from its primary image's HD file and the current
 * notice, or removes the package when the work is no longer Open Content or has no HD image. Idempotent.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { allowsOpenContent } from '@oc/domain';
import { storageKey } from '../keys';
import { writePackageZip } from '../package/build-package';
import { packageBaseName, type PackageNotice } from '../package/notice';
import type { MediaStorage } from '../storage/media-storage';
import { defaultCreditLine, type JobOutcome } from './render-media';

async function loadNotice(dataSource: DataSource, workId: string) {
  const [work] = await dataSource.query(
    `SELECT w.*, mu.name_fr AS museum_name FROM work w JOIN museum mu ON mu.id = w.museum_id WHERE w.id = $1`,
    [workId],
  );
  if (!work) return null;
  const [hd] = await dataSource.query(
    `SELECT m.id, m.photographer_credit, d.storage_key, d.width, d.height FROM media m JOIN derivative d ON d.media_id = m.id AND d.kind = 'hd'
     WHERE m.work_id = $1 AND m.status = 'ready' ORDER BY m.is_primary DESC, m.created_at, m.id LIMIT 1`,
    [workId],
  );
  const [creators, dimensions, inscriptions] = await Promise.all([
    dataSource.query(
      `SELECT p.display_name AS name, wc.role, p.birth_date AS "birthDate", p.death_date AS "deathDate"
       FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = $1 ORDER BY wc.position`,
      [workId],
    ),
    dataSource.query('SELECT part, type, value::float8 AS value, unit FROM work_dimension WHERE work_id = $1 ORDER BY position', [workId]),
    dataSource.query('SELECT type, text FROM work_inscription WHERE work_id = $1 ORDER BY position', [workId]),
  ]);
  return { work, hd, creators, dimensions, inscriptions };
}

export async function buildPackage(dataSource: DataSource, storage: MediaStorage, workId: string): Promise<JobOutcome> {
  const key = storageKey({ type: 'package', workId });
  const loaded = await loadNotice(dataSource, workId);
  if (!loaded) {
    await storage.delete(key);
    return { status: 'skipped', reason: 'the work no longer exists' };
  }
  const { work, hd, creators, dimensions, inscriptions } = loaded;
  const open = allowsOpenContent({ status: work.rights_status, licence: work.licence });
  if (!open || !hd) {
    await storage.delete(key);
    return { status: 'skipped', reason: open ? 'the work has no HD image yet' : 'the work is not Open Content' };
  }
  const title = { fr: work.title_fr, en: work.title_en, es: work.title_es };
  const notice: PackageNotice = {
    workId,
    museum: work.museum_name,
    inventoryNumber: work.inventory_number,
    title,
    creators,
    anonymous: work.anonymous,
    dating: work.dating_text ?? ([work.dating_start_year, work.dating_end_year].filter((y) => y != null).join('–') || null),
    objectType: work.object_type,
    techniques: work.techniques,
    dimensions,
    inscriptions,
    description: { fr: work.description_fr, en: work.description_en, es: work.description_es },
    keywords: work.keywords,
    creditLine: work.credit_line ?? defaultCreditLine(work.museum_name),
    photographer: hd.photographer_credit,
    image: { fileName: `${packageBaseName({ inventoryNumber: work.inventory_number, title, creators })}.jpg`, width: hd.width, height: hd.height },
  };
  const folder = await mkdtemp(join(tmpdir(), 'oc-package-'));
  try {
    const zipPath = join(folder, 'package.zip');
    await writePackageZip(notice, await storage.read(hd.storage_key), zipPath);
    const bytes = await storage.write(key, createReadStream(zipPath), 'application/zip');
    return { status: 'done', detail: { bytes, image: hd.id } };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
