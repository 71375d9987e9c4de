/**
 * Pictures for the demo works (`npm start` with the demo seed). No real images ship with the project, so each demo
 * work without an image gets a generated canvas bearing its title, creator and dating, stored as an uploaded original
 * is and rendered by the worker like any upload (through the outbox). The first demo work's master is 6000 pixels
 * wide, as a museum's HD photographs are, so the demo runs the whole derivative pipeline at a realistic size; the
 * others are 2400 pixels wide, which keeps the first start short.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { DEMO_INVENTORY_LIKE, MediaEntity, writeAuditEvent } from '@oc/db';
import { enqueue } from '@oc/jobs';
import { storageKey, type MediaStorage } from '@oc/media';

const LARGE = { width: 6000, height: 4000 };
const SMALL = { width: 2400, height: 1800 };

interface DemoWork {
  id: string;
  inventory_number: string;
  title_fr: string;
  creator_names: string;
  dating_text: string | null;
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Lines of at most `width` characters, cut at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A JPEG canvas for the work: colours drawn from its inventory number (the same picture on every machine). */
export async function demoPicture(work: Pick<DemoWork, 'inventory_number' | 'title_fr' | 'creator_names' | 'dating_text'>, size: { width: number; height: number }): Promise<Buffer> {
  const hue = createHash('sha256').update(work.inventory_number).digest()[0] * (360 / 256);
  const { width, height } = size;
  const unit = width / 60;
  const title = wrap(work.title_fr, 38).slice(0, 4);
  const lines = [
    ...title.map((line, i) => `<text x="${unit * 4}" y="${unit * (12 + i * 4)}" font-size="${unit * 3}" font-weight="bold">${xml(line)}</text>`),
    `<text x="${unit * 4}" y="${unit * (14 + title.length * 4)}" font-size="${unit * 2}">${xml([work.creator_names, work.dating_text].filter(Boolean).join(', '))}</text>`,
    `<text x="${unit * 4}" y="${height - unit * 4}" font-size="${unit * 1.2}" opacity="0.8">${xml(`${work.inventory_number} · image de démonstration générée, pas une photographie de l’œuvre`)}</text>`,
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue}, 45%, 35%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360}, 55%, 20%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="${unit * 2}" y="${unit * 2}" width="${width - unit * 4}" height="${height - unit * 4}" fill="none" stroke="white" stroke-opacity="0.6" stroke-width="${unit / 4}"/>
    <g fill="white" font-family="DejaVu Serif, serif">${lines.join('')}</g>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/** Gives each demo work that has no image a generated one; answers how many were added. Running it again adds none. */
export async function seedDemoImages(dataSource: DataSource, storage: MediaStorage): Promise<number> {
  const works: Array<DemoWork & { first: boolean }> = await dataSource.query(
    `SELECT w.id, w.inventory_number, w.title_fr, w.creator_names, w.dating_text,
            w.inventory_number = (SELECT min(inventory_number) FROM work WHERE inventory_number LIKE $1) AS first
     FROM work w
     WHERE w.inventory_number LIKE $1 AND NOT EXISTS (SELECT 1 FROM media m WHERE m.work_id = w.id)
     ORDER BY w.inventory_number`,
    [DEMO_INVENTORY_LIKE],
  );
  let added = 0;
  for (const work of works) {
    const picture = await demoPicture(work, work.first ? LARGE : SMALL);
    const id = randomUUID();
    const key = storageKey({ type: 'original', mediaId: id });
    await storage.write(key, Readable.from([picture]), 'image/jpeg');
    try {
      await dataSource.transaction(async (manager) => {
        await manager.insert(MediaEntity, {
          id,
          workId: work.id,
          storageKey: key,
          sha256: createHash('sha256').update(picture).digest('hex'),
          sha1: createHash('sha1').update(picture).digest('hex'),
          mime: 'image/jpeg',
          bytes: picture.length,
          caption: null,
          photographerCredit: null,
          isPrimary: true,
          status: 'pending',
          createdBy: null,
        });
        await enqueue(manager, 'media.render', { mediaId: id });
        await writeAuditEvent(manager, {
          userId: null,
          userEmail: null,
          action: 'media.upload',
          entityType: 'media',
          entityId: id,
          diff: { workId: { from: null, to: work.id }, isPrimary: { from: null, to: true } },
          comment: 'demo seed: generated picture',
        });
      });
    } catch (error) {
      await storage.delete(key);
      throw error;
    }
    added++;
  }
  return added;
}
