/**
 * The Commons connector against a real MediaWiki 1.39 (Debian's package), started for this file by the test
 * harness: simple and chunked uploads, the SHA-1 duplicate check before uploading, name collisions, the description
 * edit after a notice change, wikitext injection from a title, eligibility, maxlag handling (a fault-injecting
 * fetch in front of the real wiki), and the whole job through BullMQ. Skipped loudly without MediaWiki; fails in CI.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BullModule } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { MediaWikiClient, pushToCommons, sha1Hex, type CommonsPushContext } from '@oc/connectors';
import { createDataSource, dataSourceOptions } from '@oc/db';
import { bullConnection } from '@oc/jobs';
import { FilesystemStorage } from '@oc/media';
import { createTestDatabase, describeWithMediaWiki, LocalMediaWiki, photo, TestDatabase } from '@oc/testing';
import { loadWorkerConfig } from '../src/config';
import { CommonsWorkerModule } from '../src/commons/commons-worker.module';
import { createMuseum, createPublishingWork, publicationOf, RIGHTS_KINDS, workState, type WorkOptions } from './portal-fixtures';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CHUNK_THRESHOLD = 150_000;
const CHUNK_BYTES = 64 * 1024;

describeWithMediaWiki('Commons target (real MediaWiki)', () => {
  jest.setTimeout(60_000);
  let db: TestDatabase;
  let dataSource: DataSource;
  let wiki: LocalMediaWiki;
  let storage: FilesystemStorage;
  let storageRoot: string;
  let museumId: string;
  const actions: string[] = [];

  /** The real fetch, recording each API action (and chunk uploads) so tests can say what was sent. */
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const body = init?.body;
    const action = url.searchParams.get('action') ?? (body instanceof FormData || body instanceof URLSearchParams ? body.get('action') : null);
    const chunk = body instanceof FormData && body.has('chunk') ? '(chunk)' : (body instanceof FormData || body instanceof URLSearchParams) && body.has('filekey') ? '(commit)' : '';
    actions.push(`${action}${chunk}`);
    return fetch(input, init);
  };

  const client = (extra: Partial<ConstructorParameters<typeof MediaWikiClient>[0]> = {}) =>
    new MediaWikiClient({ apiUrl: wiki.apiUrl, username: wiki.username, password: wiki.password, fetch: recordingFetch, ...extra });

  let ctx: CommonsPushContext;

  beforeAll(async () => {
    [db, wiki] = await Promise.all([createTestDatabase('commons'), new LocalMediaWiki().start()]);
    dataSource = await createDataSource(db.url).initialize();
    storageRoot = mkdtempSync(join(tmpdir(), 'oc-commons-'));
    storage = new FilesystemStorage(storageRoot);
    museumId = await createMuseum(dataSource, 'Petit Palais', { commonsInstitution: 'Petit Palais', categories: ['Paintings in the Petit Palais'] });
    ctx = {
      dataSource,
      storage,
      wiki: client(),
      settings: { chunkThresholdBytes: CHUNK_THRESHOLD, chunkBytes: CHUNK_BYTES, categories: ['Paris Musées Open Content'], structuredData: false, publicBaseUrl: 'https://opencontent.example.org' },
    };
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
    await wiki?.stop();
    if (storageRoot) rmSync(storageRoot, { recursive: true, force: true });
  });

  beforeEach(() => (actions.length = 0));

  /** A CC0 work in `publishing` whose HD file (a generated JPEG of the given size) is in storage. */
  async function workWithHd(width: number, height: number, options: WorkOptions = {}) {
    const hdKey = `hd/${randomBytes(6).toString('hex')}.jpg`;
    const bytes = await photo(width, height);
    await storage.write(hdKey, bytes, 'image/jpeg');
    const work = await createPublishingWork(dataSource, { museumId, targets: ['commons'], storageKeys: { hd: hdKey }, ...options });
    return { ...work, bytes, sha1: sha1Hex(bytes) };
  }

  const fileTitle = (inventory: string, title = "Soleil couchant sur la Seine à Lavacourt, effet d'hiver") =>
    `File:Claude Monet - ${title} - ${inventory} - Petit Palais.jpg`;

  it('uploads a small file in one request with its Artwork description, licence and categories, and publishes the work', async () => {
    const work = await workWithHd(400, 300);
    expect(work.bytes.length).toBeLessThan(CHUNK_THRESHOLD);
    await expect(pushToCommons(ctx, work.id)).resolves.toMatchObject({ status: 'done', published: true, reason: 'uploaded' });
    expect(actions).toEqual(['query', 'login', 'query', 'query', 'upload']);

    const row = await publicationOf(dataSource, work.id, 'commons');
    expect(row).toMatchObject({ state: 'succeeded', attempts: 1, lastError: null, externalRef: fileTitle(work.inventoryNumber) });
    expect(row.externalUrl).toMatch(new RegExp(`^${wiki.url}/index.php/File:Claude_Monet_-_Soleil_couchant_.*_-_${work.inventoryNumber}_-_Petit_Palais.jpg$`));
    const info = await ctx.wiki.fileInfo(row.externalRef);
    expect(info?.sha1).toBe(work.sha1);
    const text = await ctx.wiki.pageText(row.externalRef);
    expect(text).toContain('{{Artwork\n |artist = {{Creator:Claude Monet}}');
    expect(text).toContain(' |institution = {{Institution:Petit Palais}}');
    expect(text).toContain(`|accession number = ${work.inventoryNumber}`);
    expect(text).toContain('{{PD-Art|PD-old-auto-expired|deathyear=1926}}');
    expect(await ctx.wiki.categories(row.externalRef)).toEqual(['Category:Paintings in the Petit Palais', 'Category:Paris Musées Open Content']);
    expect(await workState(dataSource, work.id)).toBe('published');
  });

  it('uploads a large file in chunks through the stash, then commits it', async () => {
    const work = await workWithHd(1600, 1200);
    expect(work.bytes.length).toBeGreaterThan(CHUNK_THRESHOLD);
    await expect(pushToCommons(ctx, work.id)).resolves.toMatchObject({ status: 'done', reason: 'uploaded' });
    const chunks = actions.filter((a) => a === 'upload(chunk)').length;
    expect(chunks).toBe(Math.ceil(work.bytes.length / CHUNK_BYTES));
    expect(actions.at(-1)).toBe('upload(commit)');
    const row = await publicationOf(dataSource, work.id, 'commons');
    const info = await ctx.wiki.fileInfo(row.externalRef);
    expect(info).toMatchObject({ sha1: work.sha1, size: work.bytes.length });
  });

  it('finds a file already on the wiki by its SHA-1 before uploading, and does not upload it again', async () => {
    const work = await workWithHd(420, 300);
    // An earlier run uploaded it and crashed before recording it.
    await ctx.wiki.upload('Earlier upload of the same picture.jpg', work.bytes, 'earlier', 'earlier');
    actions.length = 0;
    await expect(pushToCommons(ctx, work.id)).resolves.toMatchObject({ status: 'done' });
    expect(actions).not.toContain('upload');
    expect(await publicationOf(dataSource, work.id, 'commons')).toMatchObject({
      state: 'succeeded',
      externalRef: 'File:Earlier upload of the same picture.jpg',
      note: 'found our own earlier upload (File:Earlier upload of the same picture.jpg) by its SHA-1; description set',
    });
    expect(await ctx.wiki.findBySha1(work.sha1)).toHaveLength(1);
    expect(await ctx.wiki.pageText('File:Earlier upload of the same picture.jpg')).toContain('{{Artwork');
  });

  it('takes the next name when ours is taken by another file', async () => {
    const work = await workWithHd(440, 300);
    await ctx.wiki.upload(fileTitle(work.inventoryNumber).slice(5), await photo(100, 80), 'someone else', 'someone else');
    await expect(pushToCommons(ctx, work.id)).resolves.toMatchObject({ status: 'done' });
    const expected = fileTitle(work.inventoryNumber).replace(/\.jpg$/, ' (2).jpg');
    expect(await publicationOf(dataSource, work.id, 'commons')).toMatchObject({ externalRef: expected, note: `uploaded as ${expected} (the plain name was taken)` });
    expect((await ctx.wiki.fileInfo(expected))?.sha1).toBe(work.sha1);
    expect((await ctx.wiki.fileInfo(fileTitle(work.inventoryNumber)))?.sha1).not.toBe(work.sha1);
  });

  it('edits the description page, without uploading again, when the notice changes; skips when nothing changed', async () => {
    const work = await workWithHd(460, 300);
    await pushToCommons(ctx, work.id);
    actions.length = 0;
    await expect(pushToCommons(ctx, work.id)).resolves.toMatchObject({ status: 'skipped', reason: 'Commons already has this file and description' });
    expect(actions).toEqual([]);

    await dataSource.query(`UPDATE work SET title_es = 'Puesta de sol en el Sena' WHERE id = $1`, [work.id]);
    await expect(pushToCommons(ctx, work.id)).resolves.toMatchObject({ status: 'done', reason: 'description page edited' });
    expect(actions).toContain('edit');
    expect(actions.some((a) => a.startsWith('upload'))).toBe(false);
    const row = await publicationOf(dataSource, work.id, 'commons');
    expect(await ctx.wiki.pageText(row.externalRef)).toContain('{{es|1=Puesta de sol en el Sena}}');
    const history = await wiki.query({ action: 'query', titles: row.externalRef, prop: 'imageinfo', iilimit: 'max' });
    expect(history.query.pages[0].imageinfo).toHaveLength(1);
    expect(row.attempts).toBe(2);
  });

  it('keeps a title full of wikitext inert: }}[[Category:Spam]]{{ makes no category and does not break the template', async () => {
    // Minimal stand-ins for Commons' templates, so the parameters are really rendered.
    await ctx.wiki.editPage('Template:Artwork', '<div class="artwork">{{{artist|}}} / {{{title|}}} / {{{description|}}}</div>', 'test', true).catch(() => undefined);
    await ctx.wiki.editPage('Template:Fr', '<span lang="fr">{{{1|}}}</span>', 'test', true).catch(() => undefined);
    const work = await workWithHd(480, 300, { title: '}}[[Category:Spam]]{{ <nowiki>x</nowiki> {{delete}}' });
    await pushToCommons(ctx, work.id);
    const row = await publicationOf(dataSource, work.id, 'commons');
    expect(row.externalRef).toBe(`File:Claude Monet - ))((Category-Spam))(( (nowiki)x(-nowiki) ((delete)) - ${work.inventoryNumber} - Petit Palais.jpg`);
    const categories = await ctx.wiki.categories(row.externalRef);
    expect(categories).toEqual(['Category:Paintings in the Petit Palais', 'Category:Paris Musées Open Content']);
    const rendered = await wiki.query({ action: 'parse', page: row.externalRef, prop: 'text|categories|templates' });
    expect(rendered.parse.categories.map((c: { category: string }) => c.category)).not.toContain('Spam');
    expect(rendered.parse.templates.map((t: { title: string }) => t.title)).not.toContain('Template:Delete');
    // Shown to readers as the characters typed, }}[[Category:Spam]]{{ <nowiki>x</nowiki> {{delete}}, and nothing more.
    expect(rendered.parse.text).toContain(
      '<span lang="fr">&#125;&#125;&#91;&#91;Category&#58;Spam&#93;&#93;&#123;&#123; &lt;nowiki&gt;x&lt;/nowiki&gt; &#123;&#123;delete&#125;&#125;</span>',
    );
  });

  it.each([
    ['a work that is not CC0', { rights: RIGHTS_KINDS[2] }, 'only Open Content (CC0, public domain) works go to Commons'],
    ['a CC0 work not yet public domain in the US', { dating: 1938 }, 'not public domain in the United States'],
  ])('never sends %s', async (_case, options, message) => {
    const work = await workWithHd(300, 200, 'rights' in options ? { rights: options.rights } : {});
    if ('dating' in options) {
      await dataSource.query(`UPDATE work SET dating_start_year = 1938, dating_end_year = 1938, dating_text = '1938' WHERE id = $1`, [work.id]);
      await dataSource.query(`UPDATE person SET death_date = '1941-03-01' WHERE id = (SELECT person_id FROM work_creator WHERE work_id = $1)`, [work.id]);
    }
    await expect(pushToCommons(ctx, work.id)).rejects.toThrow(message);
    expect(actions.filter((a) => a.startsWith('upload'))).toEqual([]);
    expect(await ctx.wiki.findBySha1(work.sha1)).toEqual([]);
    expect(await publicationOf(dataSource, work.id, 'commons')).toMatchObject({ state: 'failed', lastError: expect.stringContaining(message) });
  });

  it('waits out maxlag as Retry-After says, and gives up after a bounded number of waits', async () => {
    let lagged = 2;
    const waits: number[] = [];
    const laggingFetch: typeof fetch = async (input, init) => {
      if (lagged-- > 0) {
        return new Response(JSON.stringify({ error: { code: 'maxlag', info: 'Waiting for 10.0.0.1: 7 seconds lagged', lag: 7 } }), {
          headers: { 'Content-Type': 'application/json', 'Retry-After': '7', 'X-Database-Lag': '7' },
        });
      }
      return recordingFetch(input, init);
    };
    const patient = client({ fetch: laggingFetch, sleep: async (ms) => void waits.push(ms) });
    await expect(patient.siteLimits()).resolves.toMatchObject({ minUploadChunkSize: expect.any(Number) });
    expect(waits).toEqual([7000, 7000]);

    lagged = 100;
    waits.length = 0;
    const fresh = client({ fetch: laggingFetch, sleep: async (ms) => void waits.push(ms), maxlagRetries: 3 });
    await expect(fresh.findBySha1('0'.repeat(40))).rejects.toThrow(/lagged.*gave up after 3 waits/);
    expect(waits).toEqual([7000, 7000, 7000]);
  });

  it('sends maxlag=5 and the logged-in assertion on every API request, and refreshes a stale CSRF token once', async () => {
    const seen: string[] = [];
    const spying: typeof fetch = async (input, init) => {
      const params = new URLSearchParams(new URL(String(input)).search);
      if (init?.body instanceof URLSearchParams || init?.body instanceof FormData) init.body.forEach((v: unknown, k: string) => params.set(k, String(v)));
      seen.push(`${params.get('action')} maxlag=${params.get('maxlag')} assert=${params.get('assert')}`);
      return fetch(input, init);
    };
    const spied = client({ fetch: spying });
    await spied.login();
    (spied as unknown as { csrfToken: string }).csrfToken = 'stale+\\';
    await spied.editPage('File:Earlier upload of the same picture.jpg', 'text after a token refresh', 'test');
    expect(seen.every((s) => s.includes('maxlag=5'))).toBe(true);
    expect(seen.filter((s) => s.startsWith('edit'))).toEqual(['edit maxlag=5 assert=user', 'edit maxlag=5 assert=user']);
    expect(await spied.pageText('File:Earlier upload of the same picture.jpg')).toBe('text after a token refresh');
  });

  it('runs as the commons.push job through BullMQ: an ineligible work fails without retry', async () => {
    const prefix = `oc-test-${randomBytes(4).toString('hex')}`;
    const config = loadWorkerConfig({
      DATABASE_URL: db.url,
      REDIS_URL,
      COMMONS_API_URL: wiki.apiUrl,
      COMMONS_USERNAME: wiki.username,
      COMMONS_PASSWORD: wiki.password,
      COMMONS_CHUNK_THRESHOLD_BYTES: String(CHUNK_THRESHOLD),
      COMMONS_CHUNK_BYTES: String(CHUNK_BYTES),
    });
    const app: INestApplicationContext = await NestFactory.createApplicationContext(
      {
        module: class CommonsTestModule {},
        imports: [
          TypeOrmModule.forRoot({ ...dataSourceOptions(db.url), extra: { max: 3 } }),
          BullModule.forRoot({ connection: bullConnection(REDIS_URL), prefix }),
          CommonsWorkerModule.forRoot(config, storage),
        ],
      },
      { logger: false },
    );
    const queue = new Queue('commons', { connection: bullConnection(REDIS_URL), prefix });
    const events = new QueueEvents('commons', { connection: bullConnection(REDIS_URL), prefix });
    try {
      await app.init();
      await events.waitUntilReady();
      const good = await workWithHd(500, 300);
      const bad = await workWithHd(300, 200, { rights: RIGHTS_KINDS[1] });
      const options = { attempts: 3, backoff: { type: 'exponential' as const, delay: 50 } };
      const ok = await queue.add('commons.push', { workId: good.id }, options);
      await expect(ok.waitUntilFinished(events, 30_000)).resolves.toMatchObject({ status: 'done', published: true });
      const refused = await queue.add('commons.push', { workId: bad.id }, options);
      await expect(refused.waitUntilFinished(events, 30_000)).rejects.toThrow('only Open Content');
      expect((await queue.getJob(refused.id as string))?.attemptsMade).toBe(1);
      expect(await workState(dataSource, bad.id)).toBe('publishing');
    } finally {
      await app.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await events.close();
    }
  });
});
