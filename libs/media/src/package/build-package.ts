/**
 * The Open Content download package, as Paris Musées ships it: a ZIP named after the work holding the HD JPEG, the
 * notice as .txt and .json, and the CC0 good-practice charter in French, English and Spanish.
 */
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { CHARTER_LANGUAGES, CHARTERS, charterPdf } from './charter';
import { noticeJson, noticeText, type PackageNotice } from './notice';

export async function writePackageZip(notice: PackageNotice, hd: Readable, destination: string): Promise<void> {
  const base = notice.image.fileName.replace(/\.jpg$/, '');
  const zip = new ZipFile();
  const mtime = new Date();
  // The JPEG is already compressed: storing it saves time and changes nothing in size.
  zip.addReadStream(hd, notice.image.fileName, { mtime, compress: false });
  zip.addBuffer(Buffer.from(noticeText(notice), 'utf8'), `${base}.txt`, { mtime });
  zip.addBuffer(Buffer.from(noticeJson(notice), 'utf8'), `${base}.json`, { mtime });
  for (const language of CHARTER_LANGUAGES) zip.addBuffer(await charterPdf(language), CHARTERS[language].fileName, { mtime });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(destination));
}
