/**
 * Job `commons.push`: puts a Commons-eligible work's HD image on Wikimedia Commons with its `{{Artwork}}`
 * description, or, once it is there, edits the description page when the notice changes (never a re-upload for a
 * notice change). Idempotent: the SHA-1 of the bytes is looked up before any upload (a crash between upload and
 * database commit finds its own file again), and a push is skipped when the content hash of description and bytes
 * is the one last pushed. A work Commons may not host (not CC0, or not public domain in the US without a recorded
 * rationale) is refused and nothing is sent.
 */
import type { DataSource } from 'typeorm';
import { loadRightsInput, today } from '@oc/db';
import {
  allowsOpenContent,
  assessRights,
  commonsFileDescription,
  commonsFileName,
  normalizeFileTitle,
  structuredDataClaims,
  type RightsInput,
} from '@oc/domain';
import { defaultCreditLine, type MediaStorage } from '@oc/media';
import { canonicalJson, sha1Hex, sha256Hex } from '../canonical-json';
import { PublicationRefused, TargetUnavailable } from '../errors';
import { loadPush } from '../notice/load-notice';
import { publicUrls, type NoticeRecord } from '../notice/public-notice';
import { markFailed, markPushing, markSucceeded } from '../publication-rows';
import type { PushResult } from '../portal/push-to-portal';
import type { MediaWikiClient, UploadAnswer } from './mediawiki-client';
import { decideOnUploadWarnings } from './upload-warnings';

export interface CommonsSettings {
  /** Files above this size are sent in chunks through the stash. */
  chunkThresholdBytes: number;
  chunkBytes: number;
  /** Categories added to every file, besides the museum's own. */
  categories: string[];
  structuredData: boolean;
  publicBaseUrl: string;
  /** How many numbered names to try when ours are taken. */
  maxNameCandidates?: number;
}

export interface CommonsPushContext {
  dataSource: DataSource;
  storage: MediaStorage;
  wiki: MediaWikiClient;
  settings: CommonsSettings;
  onProgress?: (percent: number) => void;
}

interface CommonsFacts {
  usRationale: string | null;
  commonsInstitution: string | null;
  categories: string[];
  portalUrl: string | null;
  hdKey: string | null;
}

async function loadCommonsFacts(dataSource: DataSource, workId: string): Promise<CommonsFacts> {
  const [row] = await dataSource.query(
    `SELECT w.us_rationale AS "usRationale", m.commons_institution AS "commonsInstitution", m.commons_categories AS categories,
            (SELECT p.external_url FROM publication p WHERE p.work_id = w.id AND p.target = 'portal' AND p.state = 'succeeded') AS "portalUrl",
            (SELECT d.storage_key FROM media me JOIN derivative d ON d.media_id = me.id AND d.kind = 'hd'
              WHERE me.work_id = w.id AND me.status = 'ready' ORDER BY me.is_primary DESC, me.created_at, me.id LIMIT 1) AS "hdKey"
     FROM work w JOIN museum m ON m.id = w.museum_id WHERE w.id = $1`,
    [workId],
  );
  return row;
}

async function readAll(storage: MediaStorage, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await storage.read(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describe(record: NoticeRecord, facts: CommonsFacts, licenceTemplate: string, settings: CommonsSettings): string {
  const { work, museum } = record;
  return commonsFileDescription({
    creators: record.creators.map((c) => ({ name: c.name, role: c.role, commonsCreator: c.commonsCreator })),
    anonymous: work.anonymous,
    title: { fr: work.titleFr, en: work.titleEn, es: work.titleEs },
    description: { fr: work.descriptionFr, en: work.descriptionEn, es: work.descriptionEs },
    dating: work.datingText ?? ([work.datingStartYear, work.datingEndYear].filter((y) => y != null).join('–') || null),
    medium: work.techniques,
    dimensions: record.dimensions,
    museum: { name: museum.nameFr, commonsInstitution: facts.commonsInstitution },
    inventoryNumber: work.inventoryNumber,
    creditLine: work.creditLine ?? defaultCreditLine(museum.nameFr),
    sourceUrl: facts.portalUrl ?? publicUrls(settings.publicBaseUrl).notice(work.id),
    licenceTemplate,
    categories: [...facts.categories, ...settings.categories],
  });
}

export async function pushToCommons(ctx: CommonsPushContext, workId: string): Promise<PushResult> {
  const { dataSource, settings } = ctx;
  const push = await loadPush(dataSource.manager, workId, 'commons');
  if ('skip' in push) return { status: 'skipped', reason: push.skip };
  const { row, record } = push;

  try {
    const facts = await loadCommonsFacts(dataSource, workId);
    const assessment = assessRights((await loadRightsInput(dataSource.manager, workId, today())) as RightsInput);
    const rights = { status: record.work.rightsStatus, licence: record.work.licence };
    if (!allowsOpenContent(rights) || !(assessment.commonsEligible || facts.usRationale?.trim())) {
      throw new PublicationRefused(
        allowsOpenContent(rights)
          ? 'Not sent to Commons: the work is not public domain in the United States (record a US rationale to allow it)'
          : 'Not sent to Commons: only Open Content (CC0, public domain) works go to Commons',
      );
    }
    if (!assessment.commonsLicenceTemplate) throw new PublicationRefused('Not sent to Commons: the rights calculator does not find the work public domain, so no licence template applies');
    if (!facts.hdKey) throw new TargetUnavailable('The HD image of this work is not rendered yet');
    const bytes = await readAll(ctx.storage, facts.hdKey);
    const sha1 = sha1Hex(bytes);
    const text = describe(record, facts, assessment.commonsLicenceTemplate, settings);
    const contentHash = sha256Hex(canonicalJson({ text, sha1 }));
    if (row.state === 'succeeded' && row.contentHash === contentHash) return { status: 'skipped', reason: 'Commons already has this file and description' };

    await markPushing(dataSource, workId, 'commons');
    const placed = row.externalRef ? await updateExisting(ctx, row.externalRef, bytes, sha1, text) : await placeNew(ctx, record, bytes, sha1, text);
    if (settings.structuredData && placed.uploaded) await addStructuredData(ctx, placed.title, record);
    const outcome = await markSucceeded(dataSource, workId, 'commons', { externalRef: placed.title, externalUrl: placed.url, contentHash, note: placed.note });
    return { status: 'done', reason: placed.note, published: outcome === 'published' };
  } catch (error) {
    await markFailed(dataSource, workId, 'commons', (error as Error).message);
    throw error;
  }
}

interface Placed {
  title: string;
  url: string | null;
  note: string;
  uploaded: boolean;
}

/** The work is on the wiki already: edit its description page, or upload a new version of our own file. */
async function updateExisting(ctx: CommonsPushContext, title: string, bytes: Buffer, sha1: string, text: string): Promise<Placed> {
  const current = await ctx.wiki.fileInfo(title);
  if (!current) throw new PublicationRefused(`${title} is no longer on the wiki (deleted?): a person must decide whether to upload it again`);
  if (current.sha1 !== sha1) {
    const answer = await ctx.wiki.upload(normalizeFileTitle(title), bytes, text, 'New version of the HD image', false);
    const settled = await settle(ctx, answer, normalizeFileTitle(title), title, text, () => null);
    return { ...settled, note: 'new version of the image uploaded' };
  }
  const edit = await ctx.wiki.editPage(title, text, 'Description updated from the museum notice');
  return { title, url: current.descriptionurl, note: edit.nochange ? 'description already current' : 'description page edited', uploaded: false };
}

/** First upload: find our bytes by SHA-1 first; otherwise upload under the first free name. */
async function placeNew(ctx: CommonsPushContext, record: NoticeRecord, bytes: Buffer, sha1: string, text: string): Promise<Placed> {
  const [existing] = await ctx.wiki.findBySha1(sha1);
  if (existing) {
    const title = `File:${normalizeFileTitle(existing.name)}`;
    if (existing.user === ctx.wiki.accountName) {
      await ctx.wiki.editPage(title, text, 'Description from the museum notice');
      return { title, url: existing.descriptionurl, note: `found our own earlier upload (${title}) by its SHA-1; description set`, uploaded: false };
    }
    return { title, url: existing.descriptionurl, note: `already on the wiki as ${title} (uploaded by ${existing.user ?? 'someone else'}), found by its SHA-1: not uploaded again`, uploaded: false };
  }
  const parts = {
    creator: record.creators[0]?.name ?? (record.work.anonymous ? 'Anonyme' : null),
    title: record.work.titleFr,
    inventoryNumber: record.work.inventoryNumber,
    museum: record.museum.nameFr,
  };
  let candidate = 1;
  const name = () => commonsFileName(parts, candidate);
  const comment = `Open Content: ${record.museum.nameFr}, ${record.work.inventoryNumber}`;
  const answer: UploadAnswer =
    bytes.length > ctx.settings.chunkThresholdBytes
      ? await ctx.wiki.uploadChunked(name(), bytes, text, comment, ctx.settings.chunkBytes, (sent, total) => ctx.onProgress?.(Math.round((sent / total) * 90)))
      : await ctx.wiki.upload(name(), bytes, text, comment);
  const placed = await settle(ctx, answer, name(), null, text, () => (++candidate > (ctx.settings.maxNameCandidates ?? 20) ? null : name()));
  return placed.uploaded && candidate > 1 ? { ...placed, note: `uploaded as ${placed.title} (the plain name was taken)` } : placed;
}

/** Follows upload answers to a file on the wiki, deciding on each warning; `nextName` gives another name or null. */
async function settle(ctx: CommonsPushContext, first: UploadAnswer, firstName: string, ownTitle: string | null, text: string, nextName: () => string | null): Promise<Placed> {
  let answer = first;
  let attempted = firstName;
  for (;;) {
    if (answer.result === 'Success') {
      return { title: `File:${normalizeFileTitle(answer.filename)}`, url: answer.imageinfo?.descriptionurl ?? null, note: 'uploaded', uploaded: true };
    }
    const decision = decideOnUploadWarnings(answer.warnings, attempted, ownTitle);
    if (decision.action === 'fail') throw new PublicationRefused(`Not uploaded to Commons: ${decision.reason}`);
    if (decision.action === 'adopt') {
      const info = await ctx.wiki.fileInfo(`File:${decision.filename}`);
      return { title: `File:${decision.filename}`, url: info?.descriptionurl ?? null, note: `not uploaded: ${decision.reason}`, uploaded: false };
    }
    if (!answer.filekey) throw new TargetUnavailable(`The wiki gave warnings (${Object.keys(answer.warnings).join(', ')}) without keeping the file in its stash`);
    if (decision.action === 'overwrite-own') {
      answer = await ctx.wiki.commitStashed(attempted, answer.filekey, text, 'New version of the HD image', true);
      continue;
    }
    const next = nextName();
    if (!next) throw new PublicationRefused(`Not uploaded to Commons: every candidate name up to ${attempted} is taken`);
    attempted = next;
    answer = await ctx.wiki.commitStashed(attempted, answer.filekey, text, 'Open Content upload');
  }
}

async function addStructuredData(ctx: CommonsPushContext, title: string, record: NoticeRecord): Promise<void> {
  const info = await ctx.wiki.fileInfo(title);
  if (!info) return;
  const data = structuredDataClaims({
    artworkQid: null,
    depictsQid: null,
    creatorQids: record.creators.map((c) => c.wikidataId),
    inceptionYear: record.work.datingEndYear ?? record.work.datingStartYear,
  });
  await ctx.wiki.editEntity(`M${info.pageid}`, data, 'Structured data from the museum notice');
}
