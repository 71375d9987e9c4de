/**
 * The CSV import against a real PostgreSQL: a 10,000-row file with exactly 1% bad rows gets an exact report, a
 * second run changes nothing, a changed row is updated and audited with its diff, a row the database refuses is
 * rejected alone (in a small file and in full batches), people are matched by name and dates, and broken files fail
 * before any row is applied.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@oc/db';
import { csvLine, NOTICE_COLUMN_NAMES } from '@oc/domain';
import { createStorage, type MediaStorage } from '@oc/media';
import { createTestDatabase, TestDatabase } from '@oc/testing';
import { MUSEUM_CODES, writeNoticesCsv } from '../src/imports/generated-notices';
import { recordLocalFileImport } from '../src/imports/local-file-import';
import { runImport } from '../src/imports/run-import';
import { RunImportJob } from '../src/imports/run-import.job';

const actor = { id: null, email: 'import-test@example.org' };
const column = (name: string) => NOTICE_COLUMN_NAMES.indexOf(name);

interface ReportLine {
  line: number;
  outcome: string;
  museum: string;
  inventory_number: string;
  work_id: string;
  column: string;
  reason: string;
}

describe('CSV import', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let storage: MediaStorage;
  const folder = mkdtempSync(join(tmpdir(), 'oc-import-'));

  beforeAll(async () => {
    db = await createTestDatabase('import');
    dataSource = await createDataSource(db.url).initialize();
    storage = createStorage(mkdtempSync(join(tmpdir(), 'oc-import-storage-')));
    await dataSource.query(`INSERT INTO museum (code, name_fr) SELECT c, 'Musée ' || c FROM unnest($1::text[]) c`, [MUSEUM_CODES]);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  async function importFile(path: string) {
    const job = await recordLocalFileImport(dataSource, storage, path, { actor });
    const result = await runImport(dataSource, storage, job.id);
    return { job, result, report: result.reportKey ? await readReport(result.reportKey) : [] };
  }

  async function readReport(key: string): Promise<ReportLine[]> {
    let text = '';
    for await (const chunk of await storage.read(key)) text += chunk.toString();
    const { parse } = await import('csv-parse/sync');
    return parse(text, { delimiter: ';', bom: true, columns: true, cast: (value, context) => (context.column === 'line' ? Number(value) : value) });
  }

  const count = async (sql: string, params: unknown[] = []) => Number((await dataSource.query(sql, params))[0].n);

  // Every 100th row is broken in one of these ways, so the file has exactly 1% bad rows (line = row + 1).
  const BREAKAGES: Array<{ break: (cells: string[], i: number) => string[]; column: string; reason: RegExp }> = [
    { break: (c) => with_(c, 'museum', 'ZZZ'), column: 'museum', reason: /museum: no museum has the code "ZZZ"/ },
    { break: (c) => with_(c, 'title_fr', ''), column: 'title_fr', reason: /title_fr: is required/ },
    { break: (c) => with_(c, 'dating_start', 'vers 1880'), column: 'dating_start', reason: /dating_start: must be a year/ },
    { break: (c) => with_(c, 'dimensions', 'hauteur 3 pouces'), column: 'dimensions', reason: /dimensions: "hauteur 3 pouces": the unit must be one of/ },
    { break: (c) => with_(c, 'creators', 'Monet (1926–1840)'), column: 'creators', reason: /creators: "Monet \(1926–1840\)": the death date is before the birth date/ },
    { break: (c) => with_(with_(c, 'dating_start', '1900'), 'dating_end', '1800'), column: 'dating_end', reason: /dating_end: the end year 1800 is before the start year 1900/ },
    { break: (c) => c.slice(0, 5), column: '(row)', reason: /the row has 5 cells where the header has 21/ },
    { break: (c) => with_(c, 'is_2d', 'peut-être'), column: 'is_2d', reason: /is_2d: must be yes or no/ },
    { break: (c, i) => with_(c, 'inventory_number', `INV-${String(i - 1).padStart(7, '0')}`), column: 'inventory_number', reason: /inventory_number: INV-\d+ at \w+ already appears on line \d+ of this file/ },
    { break: (c) => with_(c, 'title_fr', 'x'.repeat(501)), column: 'title_fr', reason: /title_fr: is longer than 500 characters/ },
  ];
  function with_(cells: string[], name: string, value: string): string[] {
    const copy = [...cells];
    copy[column(name)] = value;
    return copy;
  }

  it('imports 10,000 rows with exactly 1% bad ones, reports each by line and column, and a second run changes nothing', async () => {
    const path = join(folder, 'ten-thousand.csv');
    const bad = new Map<number, (typeof BREAKAGES)[number]>();
    await writeNoticesCsv(path, 10_000, {
      corrupt: (i, cells) => {
        if (i % 100 !== 50) return cells;
        const breakage = BREAKAGES[bad.size % BREAKAGES.length];
        bad.set(i + 1, breakage);
        // A repeated number repeats the previous row's, in the same museum (museums cycle with the row number).
        return breakage.column === 'inventory_number' ? with_(breakage.break(cells, i), 'museum', MUSEUM_CODES[(i - 1) % MUSEUM_CODES.length]) : breakage.break(cells, i);
      },
    });
    expect(bad.size).toBe(100);

    const first = await importFile(path);
    expect(first.result).toMatchObject({ status: 'succeeded', total: 10_000, processed: 10_000, counts: { created: 9_900, updated: 0, unchanged: 0, rejected: 100 } });
    expect(first.report).toHaveLength(10_000);
    expect(first.report.map((r) => r.line)).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 2));
    const rejected = first.report.filter((r) => r.outcome === 'rejected');
    expect(rejected.map((r) => r.line)).toEqual([...bad.keys()]);
    for (const row of rejected) {
      const expected = bad.get(row.line) as (typeof BREAKAGES)[number];
      expect({ line: row.line, column: row.column }).toEqual({ line: row.line, column: expected.column });
      expect(row.reason).toMatch(expected.reason);
      expect(row.work_id).toBe('');
    }
    expect(await count(`SELECT count(*) AS n FROM work`)).toBe(9_900);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'import.create' AND entity_type = 'work'`)).toBe(9_900);
    // The searchable creator names are kept in step with the creators.
    expect(await count(`SELECT count(*) AS n FROM work w WHERE creator_names = '' OR creator_names IS DISTINCT FROM (
      SELECT string_agg(p.display_name, ' ' ORDER BY c.position) FROM work_creator c JOIN person p ON p.id = c.person_id WHERE c.work_id = w.id)`)).toBe(0);
    const people = await count(`SELECT count(*) AS n FROM person`);

    const audits = await count(`SELECT count(*) AS n FROM audit_event`);
    const again = await importFile(path);
    expect(again.result.counts).toEqual({ created: 0, updated: 0, unchanged: 9_900, rejected: 100 });
    expect(again.report.filter((r) => r.outcome === 'rejected').map((r) => [r.line, r.column])).toEqual(rejected.map((r) => [r.line, r.column]));
    expect(await count(`SELECT count(*) AS n FROM audit_event`)).toBe(audits);
    expect(await count(`SELECT count(*) AS n FROM person`)).toBe(people);
    expect(await count(`SELECT count(*) AS n FROM work WHERE version <> 1`)).toBe(0);
  }, 300_000);

  it('updates a changed row, audits the diff, and leaves columns the file does not have as they are', async () => {
    const header = ['Musée', 'Inventaire', 'Titre', 'Mots-clés'];
    const path = join(folder, 'partial.csv');
    writeFileSync(path, csvLine(header) + csvLine(['CAR', 'INV-0000001', 'Nouveau titre', 'neige; Seine']) + csvLine(['PP', 'NEW-1', 'Créée', '']));
    const before = (await dataSource.query(`SELECT id, title_fr, creator_names, techniques FROM work WHERE inventory_number = 'INV-0000001'`))[0];
    const { result, report } = await importFile(path);
    expect(result.counts).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 0 });
    expect(report.map((r) => [r.line, r.outcome])).toEqual([[2, 'updated'], [3, 'created']]);
    const after = (await dataSource.query(`SELECT title_fr, keywords, creator_names, techniques, version FROM work WHERE id = $1`, [before.id]))[0];
    expect(after).toEqual({ title_fr: 'Nouveau titre', keywords: ['neige', 'Seine'], creator_names: before.creator_names, techniques: before.techniques, version: 2 });
    const [event] = await dataSource.query(`SELECT diff, comment, user_email FROM audit_event WHERE action = 'import.update' AND entity_id = $1`, [before.id]);
    expect(event.diff['title.fr']).toEqual({ from: before.title_fr, to: 'Nouveau titre' });
    expect(Object.keys(event.diff).sort()).toEqual(['keywords', 'title.fr']);
    expect(event.comment).toBe('CSV import partial.csv, line 2');
    expect(event.user_email).toBe(actor.email);
  });

  it('rebuilds the package of an Open Content work and re-pushes a published one when the import edits it', async () => {
    const [{ id }] = await dataSource.query(`SELECT id FROM work WHERE inventory_number = 'INV-0000002'`);
    await dataSource.query(`UPDATE work SET rights_status = 'public_domain', licence = 'CC0', workflow_state = 'published' WHERE id = $1`, [id]);
    await dataSource.query(`INSERT INTO publication (work_id, target, state) VALUES ($1, 'portal', 'succeeded'), ($1, 'commons', 'withdrawn')`, [id]);
    const path = join(folder, 'published.csv');
    writeFileSync(path, csvLine(['museum', 'inventory_number', 'title_fr']) + csvLine(['MAM', 'INV-0000002', 'Titre revu']));
    expect((await importFile(path)).result.counts.updated).toBe(1);
    expect(await dataSource.query(`SELECT job_name, payload FROM outbox WHERE payload->>'workId' = $1 ORDER BY id`, [id])).toEqual([
      { job_name: 'packages.build', payload: { workId: id } },
      { job_name: 'portal.push', payload: { workId: id } },
    ]);
  });

  it('matches people by name and life dates, creates the missing ones, and refuses an ambiguous name', async () => {
    await dataSource.query(`INSERT INTO person (display_name, sort_name, birth_date, death_date) VALUES
      ('Claude Monet', 'Monet, Claude', '1840-11-14', '1926-12-05'), ('Jean Dupont', 'Dupont', '1800', NULL), ('Jean Dupont', 'Dupont', '1850', NULL)`);
    const monet = (await dataSource.query(`SELECT id FROM person WHERE display_name = 'Claude Monet'`))[0].id;
    const path = join(folder, 'people.csv');
    writeFileSync(
      path,
      csvLine(['museum', 'inventory_number', 'title_fr', 'creators']) +
        csvLine(['CAR', 'P-1', 'Exact', 'Claude Monet (1840-11-14–1926-12-05)']) +
        csvLine(['CAR', 'P-2', 'Sans dates', 'claude  monet [attribué à]']) +
        csvLine(['CAR', 'P-3', 'Autres dates', 'Claude Monet (1840–1926); Berthe Morisot (1841–1895)']) +
        csvLine(['CAR', 'P-4', 'Ambigu', 'Jean Dupont']) +
        csvLine(['CAR', 'P-5', 'Même nouvelle', 'Berthe Morisot (1841–1895)']),
    );
    const { report } = await importFile(path);
    expect(report.map((r) => r.outcome)).toEqual(['created', 'created', 'created', 'rejected', 'created']);
    expect(report[3]).toMatchObject({ column: 'creators', reason: expect.stringMatching(/2 people are named "Jean Dupont"; add life dates/) });
    const creators = async (inventory: string) =>
      dataSource.query(
        `SELECT c.person_id AS "personId", c.role, p.display_name AS name, p.birth_date AS birth FROM work_creator c JOIN person p ON p.id = c.person_id
         JOIN work w ON w.id = c.work_id WHERE w.inventory_number = $1 ORDER BY c.position`,
        [inventory],
      );
    expect((await creators('P-1'))[0]).toMatchObject({ personId: monet, role: 'auteur' });
    expect((await creators('P-2'))[0]).toMatchObject({ personId: monet, role: 'attribué à' });
    const [other, morisot] = await creators('P-3');
    expect(other).toMatchObject({ name: 'Claude Monet', birth: '1840' });
    expect(other.personId).not.toBe(monet);
    expect((await creators('P-5'))[0].personId).toBe(morisot.personId);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'import.create' AND entity_type = 'person' AND entity_id = $1`, [morisot.personId])).toBe(1);
  });

  it('applies batches side by side with the same outcome as in file order: numbers repeated across batches, people new in one batch', async () => {
    const path = join(folder, 'across-batches.csv');
    // 3,000 rows, three batches: Rosa Bonheur first appears with her dates at the end of the first batch, then without
    // them at the start of the second, and again with them in the third; row 2,100 repeats row 1,990's number. (A
    // batch the database refuses is retried in parts once the other has committed, which would hide both cases: the
    // repeated number is kept out of the batch that meets Rosa again.)
    const creatorsOf = (i: number) => (i === 999 || i === 2500 ? 'Rosa Bonheur (1822–1899)' : i === 1001 ? 'rosa  bonheur [attribué à]' : '');
    const rows = Array.from({ length: 3_000 }, (_, i) => csvLine(['MCO', `AB-${i === 2_100 ? 1_990 : i}`, `Œuvre ${i}`, creatorsOf(i)]));
    writeFileSync(path, csvLine(['museum', 'inventory_number', 'title_fr', 'creators']) + rows.join(''));
    const { result, report } = await importFile(path);
    expect(result.counts).toEqual({ created: 2_999, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.map((r) => r.line)).toEqual(Array.from({ length: 3_000 }, (_, i) => i + 2));
    expect(report[2_100]).toMatchObject({ outcome: 'rejected', column: 'inventory_number', reason: 'inventory_number: AB-1990 at MCO already appears on line 1992 of this file' });
    const rosa: Array<{ id: string }> = await dataSource.query(`SELECT id FROM person WHERE lower(display_name) LIKE 'rosa%bonheur'`);
    expect(rosa).toHaveLength(1);
    const linked = await dataSource.query(
      `SELECT w.inventory_number AS inventory, c.role FROM work_creator c JOIN work w ON w.id = c.work_id WHERE c.person_id = $1 ORDER BY w.inventory_number`,
      [rosa[0].id],
    );
    expect(linked).toEqual([
      { inventory: 'AB-1001', role: 'attribué à' },
      { inventory: 'AB-2500', role: 'auteur' },
      { inventory: 'AB-999', role: 'auteur' },
    ]);
  });

  it('rejects only the row the database refuses when a batch fails', async () => {
    await dataSource.query(`ALTER TABLE work ADD CONSTRAINT test_no_boom CHECK (title_fr <> 'BOOM')`);
    try {
      const path = join(folder, 'boom.csv');
      const rows = Array.from({ length: 30 }, (_, i) => csvLine(['MAM', `B-${i}`, i === 17 ? 'BOOM' : `Œuvre ${i}`]));
      writeFileSync(path, csvLine(['museum', 'inventory_number', 'title_fr']) + rows.join(''));
      const { result, report } = await importFile(path);
      expect(result.counts).toEqual({ created: 29, updated: 0, unchanged: 0, rejected: 1 });
      expect(report[17]).toMatchObject({ line: 19, outcome: 'rejected', column: '(row)', reason: expect.stringMatching(/the database refused the row: .*test_no_boom/) });
      expect(await count(`SELECT count(*) AS n FROM work WHERE inventory_number LIKE 'B-%'`)).toBe(29);
    } finally {
      await dataSource.query(`ALTER TABLE work DROP CONSTRAINT test_no_boom`);
    }
  });

  it('lands every other row of full batches when the database refuses two of them, leaving no trace of those two', async () => {
    await dataSource.query(`ALTER TABLE work ADD CONSTRAINT test_no_bang CHECK (title_fr <> 'BANG')`);
    try {
      const path = join(folder, 'bang.csv');
      // 2,500 rows: two full batches and a partial one; the refused rows sit in different halves of the first batch.
      const refused = new Set([3, 777]);
      const rows = Array.from({ length: 2_500 }, (_, i) => csvLine(['PP', `BANG-${i}`, refused.has(i) ? 'BANG' : `Œuvre ${i}`]));
      writeFileSync(path, csvLine(['museum', 'inventory_number', 'title_fr']) + rows.join(''));
      const audits = await count(`SELECT count(*) AS n FROM audit_event`);
      const { result, report } = await importFile(path);
      expect(result.counts).toEqual({ created: 2_498, updated: 0, unchanged: 0, rejected: 2 });
      expect(report.map((r) => r.line)).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 2));
      expect(report.filter((r) => r.outcome === 'rejected')).toEqual(
        [...refused].map((i) => expect.objectContaining({ line: i + 2, inventory_number: `BANG-${i}`, column: '(row)', work_id: '', reason: expect.stringMatching(/the database refused the row: .*test_no_bang/) })),
      );
      expect(await count(`SELECT count(*) AS n FROM work WHERE inventory_number LIKE 'BANG-%'`)).toBe(2_498);
      expect(await count(`SELECT count(*) AS n FROM work WHERE inventory_number = ANY($1)`, [[...refused].map((i) => `BANG-${i}`)])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM audit_event`)).toBe(audits + 2_498);
      expect(await count(`SELECT count(*) AS n FROM audit_event a JOIN work w ON w.id::text = a.entity_id WHERE w.inventory_number LIKE 'BANG-%' AND a.action = 'import.create'`)).toBe(2_498);
      const created = report.filter((r) => r.outcome === 'created');
      expect(await count(`SELECT count(*) AS n FROM work WHERE id = ANY($1::uuid[])`, [created.map((r) => r.work_id)])).toBe(2_498);
    } finally {
      await dataSource.query(`ALTER TABLE work DROP CONSTRAINT test_no_bang`);
    }
  });

  it.each([
    ['broken quoting', 'museum;inventory_number;title_fr\nPP;Q-1;ok\nPP;Q-2;"never closed\nPP;Q-3;ok\n', /not valid CSV: a quoted cell is never closed/],
    ['a quote inside a cell', 'museum;inventory_number;title_fr\nPP;Q-1;ok\nPP;Q-2;un "titre"\n', /a quote appears inside an unquoted cell .*line 3/],
    [
      'bytes that are not UTF-8 past the head',
      Buffer.concat([Buffer.from(`museum;inventory_number;title_fr\n${'PP;Q-1;ok\n'.repeat(8000)}PP;Q-2;Mus`), Buffer.from([0xe9, 0x65]), Buffer.from('\n')]),
      /not UTF-8 text: line 8002/,
    ],
    ['no rows', 'museum;inventory_number;title_fr\n', /a header but no rows/],
  ])('fails a file with %s before applying any row', async (_name, content, message) => {
    const path = join(folder, 'broken.csv');
    writeFileSync(path, content);
    const works = await count(`SELECT count(*) AS n FROM work`);
    const { job, result } = await importFile(path);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(message);
    expect(await count(`SELECT count(*) AS n FROM work`)).toBe(works);
    expect((await dataSource.query(`SELECT status, error FROM import_job WHERE id = $1`, [job.id]))[0]).toEqual({ status: 'failed', error: result.error });
  });

  it('refuses a file whose first bytes are not UTF-8 before recording an import', async () => {
    const path = join(folder, 'latin1.csv');
    writeFileSync(path, Buffer.concat([Buffer.from('museum;inventory_number;title_fr\nPP;Q-1;Mus'), Buffer.from([0xe9, 0x65]), Buffer.from('\n')]));
    await expect(recordLocalFileImport(dataSource, storage, path, { actor })).rejects.toThrow('The file is not UTF-8 text: line 2 has bytes that are not UTF-8');
  });

  it('runs as the imports.run job, reporting progress', async () => {
    const path = join(folder, 'job.csv');
    writeFileSync(path, csvLine(['museum', 'inventory_number', 'title_fr']) + csvLine(['PP', 'J-1', 'Par le job']));
    const job = await recordLocalFileImport(dataSource, storage, path, { actor });
    const progress: unknown[] = [];
    const fakeJob = { attemptsMade: 0, opts: { attempts: 5 }, updateProgress: async (p: unknown) => void progress.push(p) };
    const logger = { setContext: () => undefined, info: () => undefined };
    const result = await new RunImportJob(dataSource, storage, logger as never).handle({ importId: job.id }, fakeJob as never);
    expect(result.counts.created).toBe(1);
    expect(progress.at(-1)).toEqual({ processed: 1, total: 1, percent: 100, created: 1, updated: 0, unchanged: 0, rejected: 0 });
    // Done is done: the same job delivered again does nothing.
    expect((await new RunImportJob(dataSource, storage, logger as never).handle({ importId: job.id }, fakeJob as never)).counts.created).toBe(1);
  });
});
