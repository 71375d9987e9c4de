/**
 * CSV import and export over HTTP: upload with a proposed mapping, run (the job is requested through the outbox),
 * refusals of bad files with a 4xx naming the problem, the streamed export in the import's columns (each cell as the
 * domain's formatter writes it, the connection given back however the download ends), and the round trip export →
 * `npm run import` → nothing changes (same code path as the job).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { parse } from 'csv-parse/sync';
import { formatNotice, NOTICE_COLUMN_NAMES, type FlatNotice } from '@oc/domain';
import { APP_CONFIG, type AppConfig } from '../src/config/config';
import { WorksExportService } from '../src/exports/works-export.service';
import type { WorkView } from '../src/works/work.view';
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createPerson, createWork } from './fixtures';

const root = join(__dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'oc-import-api-'));

describe('CSV import and export', () => {
  let api: TestApi;
  let pp: string;
  let car: string;
  beforeAll(async () => {
    api = await startTestApi('import_export');
    pp = (await createMuseum(api, 'PP', 'Petit Palais')).id;
    car = (await createMuseum(api, 'CAR', 'Musée Carnavalet')).id;
  });
  afterAll(() => api.close());

  const upload = (content: string | Buffer, token = api.tokens.registrar, name = 'notices.csv') =>
    api.http.post('/api/imports').set(bearer(token)).attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  const sql = (text: string, params: unknown[] = []) => api.app.get(DataSource).query(text, params);

  /** `npm run import -- file` against the test database and storage; answers the JSON summary it prints. */
  async function importFromCommandLine(path: string): Promise<Record<string, any>> {
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', join(root, 'scripts', 'register.cjs'), join(root, 'worker', 'src', 'imports', 'cli.ts'), path, '--quiet', '--user', api.users.registrar.email], {
      env: { ...process.env, DATABASE_URL: api.db.url, STORAGE_URL: api.app.get<AppConfig>(APP_CONFIG).STORAGE_URL, INIT_CWD: folder },
    });
    return JSON.parse(stdout.trim().split('\n').at(-1) as string);
  }

  /** Asks `check` every 50 ms until it holds, for 10 s at most. */
  async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    for (const started = Date.now(); !(await check()); await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (Date.now() - started > 10_000) throw new Error(`Still not ${what} after 10 s`);
    }
  }

  /** The export's connections: none checked out of the pool, no backend still copying or left in a transaction. */
  async function exportsClosed(): Promise<boolean> {
    const pool = (api.app.get(DataSource).driver as PostgresDriver).master as Pool;
    if (pool.totalCount !== pool.idleCount) return false;
    const [{ n }] = await sql(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND (query LIKE 'COPY (%' OR state LIKE 'idle in transaction%')`,
    );
    return n === 0;
  }

  async function exportCsv(filter?: object): Promise<string> {
    const res = await api.http
      .get('/api/works/export.csv')
      .query(filter ? { filter: JSON.stringify(filter) } : {})
      .set(bearer(api.tokens.registrar))
      .buffer(true)
      .parse((response, done) => {
        // Decoded once at the end: a chunk may end inside a character (PostgreSQL's COPY output is cut anywhere).
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    return res.body as string;
  }

  it('proposes a mapping for the uploaded file, and runs it through the outbox with the mapping as edited', async () => {
    const res = await upload('Musée;N° d\'inventaire;Titre;Remarques;Auteurs\nPP;U-1;Un titre;rien;Claude Monet (1840–1926)\n');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fileName: 'notices.csv',
      delimiter: ';',
      headers: ['Musée', "N° d'inventaire", 'Titre', 'Remarques', 'Auteurs'],
      mapping: { Musée: 'museum', "N° d'inventaire": 'inventory_number', Titre: 'title_fr', Remarques: null, Auteurs: 'creators' },
      mappingErrors: {},
      status: 'uploaded',
      progress: { total: null, processed: 0, percent: 0 },
      reportUrl: null,
      createdByEmail: api.users.registrar.email,
    });
    expect(res.body.columns).toHaveLength(NOTICE_COLUMN_NAMES.length);
    expect(res.body.columns[0]).toEqual({ name: 'museum', label: { fr: 'Musée (code)', en: 'Museum (code)' }, required: true });

    const run = (mapping?: object) => api.http.post(`/api/imports/${res.body.id}/run`).set(bearer(api.tokens.registrar)).send(mapping ? { mapping } : {});
    const missing = await run({ Musée: 'museum', "N° d'inventaire": 'inventory_number', Titre: null });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ 'mapping.title_fr': 'is required: map a column of the file to it' });
    const twice = await run({ Musée: 'museum', "N° d'inventaire": 'inventory_number', Titre: 'title_fr', Remarques: 'title_fr' });
    expect(twice.body.errors).toEqual({ 'mapping.Remarques': 'maps to "title_fr", already fed by the column "Titre"' });

    const started = await run({ Musée: 'museum', "N° d'inventaire": 'inventory_number', Titre: 'title_fr', Remarques: 'description_fr', Auteurs: 'creators' });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'queued', mapping: { Remarques: 'description_fr' } });
    expect(await sql(`SELECT queue, job_name, payload FROM outbox WHERE payload->>'importId' = $1`, [res.body.id])).toEqual([
      { queue: 'imports', job_name: 'imports.run', payload: { importId: res.body.id } },
    ]);
    expect((await run()).status).toBe(409);
    const list = await api.http.get('/api/imports?filter={"status":"queued"}').set(bearer(api.tokens.registrar));
    expect(list.body.map((i: { id: string }) => i.id)).toContain(res.body.id);
    expect(list.headers['content-range']).toMatch(/^imports 0-\d+\/\d+$/);
  });

  it.each([
    ['a file in Latin-1', Buffer.concat([Buffer.from('museum;inventory_number;title_fr\nPP;L-1;Mus'), Buffer.from([0xe9, 0x65]), Buffer.from('\n')]), 'The file is not UTF-8 text: line 2 has bytes that are not UTF-8 (save the file as "CSV UTF-8")'],
    ['an empty file', '', 'The file is empty or its first line is blank: the first line must name the columns'],
    ['a text that is not CSV', 'Bonjour voici mes notices\n', 'The first line has a single column ("Bonjour voici mes notices"): separate columns with ";" or ","'],
    ['a header with an unclosed quote', '"museum;inventory_number;title_fr\nPP;1;x\n', 'The first line is not a CSV header: it has no end (an unclosed quote, or not a CSV file)'],
    ['a header naming a column twice', 'museum;title_fr;title_fr\n', 'The header names the column "title_fr" twice'],
  ])('refuses %s with a 400 naming the problem', async (_name, content, message) => {
    const res = await upload(content);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ file: message });
  });

  it('refuses a request without a file', async () => {
    const res = await api.http.post('/api/imports').set(bearer(api.tokens.registrar)).field('note', 'x');
    expect(res.status).toBe(400);
    expect(res.body.errors.file).toMatch(/is required/);
  });

  it('refuses 200 MB of garbage with a 400, streaming (no crash, nothing kept)', async () => {
    const server = api.app.getHttpServer() as http.Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const boundary = 'garbage-boundary';
    const chunk = randomBytes(1024 * 1024);
    const res = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = http.request({ port, method: 'POST', path: '/api/imports', headers: { ...bearer(api.tokens.registrar), 'content-type': `multipart/form-data; boundary=${boundary}` } }, (response) => {
        let text = '';
        response.on('data', (c) => (text += c));
        response.on('end', () => resolve({ status: response.statusCode as number, body: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="garbage.csv"\r\nContent-Type: text/csv\r\n\r\n`);
      let sent = 0;
      const pump = () => {
        while (sent < 200) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.file).toMatch(/^The file is not UTF-8 text: line \d+ has bytes that are not UTF-8/);
    expect(await sql(`SELECT count(*)::int AS n FROM import_job WHERE file_name = 'garbage.csv'`)).toEqual([{ n: 0 }]);
  }, 120_000);

  it('exports the filtered list in the import columns, and an export imported back changes nothing', async () => {
    const monet = await createPerson(api, 'Claude Monet', { birthDate: '1840-11-14', deathDate: '1926-12-05' });
    const nadar = await createPerson(api, 'Nadar');
    const rich = await createWork(api, {
      museumId: pp,
      inventoryNumber: 'PPP 1; bis',
      title: { fr: 'Soleil couchant, "effet d\'hiver"', en: 'Sunset', es: null },
      objectType: 'peinture',
      is2D: true,
      dating: { text: 'vers 1880', startYear: 1879, endYear: 1880 },
      creators: [{ personId: monet.id, role: 'auteur' }, { personId: nadar.id, role: 'photographe' }],
      techniques: 'huile sur toile',
      dimensions: [{ type: 'hauteur', value: 65.5, unit: 'cm' }, { part: 'cadre', type: 'largeur', value: 81, unit: 'cm' }],
      inscriptions: [{ type: 'signature', text: 'Claude Monet; 1880', script: 'latin' }],
      description: { fr: 'Ligne 1\nLigne 2 ; avec \\ barre', en: null, es: null },
      provenance: 'Don, 1905',
      keywords: ['Seine', 'hiver; neige'],
      anonymous: false,
      firstPublicationYear: 1881,
    });
    await createWork(api, { museumId: car, inventoryNumber: 'C-1', title: { fr: 'Autre musée' } });

    const text = await exportCsv({ museumId: pp });
    const rows: string[][] = parse(text, { delimiter: ';', bom: true });
    expect(rows[0]).toEqual([...NOTICE_COLUMN_NAMES]);
    const inventoryNumbers = rows.slice(1).map((r) => r[1]);
    expect(inventoryNumbers).toContain('PPP 1; bis');
    expect(inventoryNumbers).not.toContain('C-1');
    const line = Object.fromEntries(NOTICE_COLUMN_NAMES.map((name, i) => [name, rows.find((r) => r[1] === 'PPP 1; bis')?.[i]]));
    expect(line).toMatchObject({
      museum: 'PP',
      creators: 'Claude Monet (1840-11-14–1926-12-05); Nadar [photographe]',
      dimensions: 'hauteur 65.5 cm; cadre: largeur 81 cm',
      inscriptions: 'signature (latin): Claude Monet\\; 1880',
      keywords: 'Seine; hiver\\; neige',
      is_2d: 'true',
      dating_start: '1879',
    });

    const everything = await exportCsv();
    const path = join(folder, 'export.csv');
    writeFileSync(path, everything);
    const audits = await sql(`SELECT count(*)::int AS n FROM audit_event`);
    const versions = await sql(`SELECT id, version FROM work ORDER BY id`);
    const summary = await importFromCommandLine(path);
    expect(summary).toMatchObject({ created: 0, updated: 0, rejected: 0, unchanged: parse(everything, { delimiter: ';', bom: true }).length - 1 });
    expect(await sql(`SELECT count(*)::int AS n FROM audit_event`)).toEqual(audits);
    expect(await sql(`SELECT id, version FROM work ORDER BY id`)).toEqual(versions);

    const report = await api.http.get(`/api/imports/${summary.importId}/report.csv`).set(bearer(api.tokens.registrar)).buffer(true);
    expect(report.status).toBe(200);
    expect(report.headers['content-disposition']).toBe('attachment; filename="export.report.csv"');
    const outcomes = parse(report.text, { delimiter: ';', bom: true, columns: true }) as Array<{ outcome: string; work_id: string }>;
    expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set(['unchanged']));
    expect(outcomes.map((o) => o.work_id)).toContain(rich.id);
    const shown = (await api.http.get(`/api/imports/${summary.importId}`).set(bearer(api.tokens.registrar))).body;
    expect(shown).toMatchObject({ status: 'succeeded', progress: { percent: 100 }, reportUrl: `/api/imports/${summary.importId}/report.csv`, createdByEmail: api.users.registrar.email });
  }, 120_000);

  it('imports new notices from the command line that the list and full-text search then find by creator', async () => {
    const path = join(folder, 'new.csv');
    writeFileSync(path, 'museum,inventory_number,title_fr,creators\nCAR,N-1,Vue du Pont-Neuf,"Berthe Morisot (1841–1895)"\nCAR,N-2,,\n');
    const summary = await importFromCommandLine(path);
    expect(summary).toMatchObject({ created: 1, rejected: 1 });
    const found = await api.http.get(`/api/works?filter=${encodeURIComponent(JSON.stringify({ q: 'morisot' }))}`).set(bearer(api.tokens.registrar));
    expect(found.body.map((w: { inventoryNumber: string }) => w.inventoryNumber)).toEqual(['N-1']);
    expect(found.body[0].creatorNames).toEqual(['Berthe Morisot']);
  }, 120_000);

  it('streams a large export', async () => {
    await sql(`INSERT INTO work (museum_id, inventory_number, title_fr) SELECT $1, 'G-' || g, 'Œuvre ' || g FROM generate_series(1, 5000) g`, [car]);
    const rows: string[][] = parse(await exportCsv({ museumId: car }), { delimiter: ';', bom: true });
    expect(rows).toHaveLength(1 + 5000 + 2);
  }, 120_000);

  it('gives each work of a large export its own children, in position order', async () => {
    const museum = (await createMuseum(api, 'PAG', 'Musée des pages')).id;
    const person = await createPerson(api, 'Rosa Bonheur', { birthDate: '1822', deathDate: '1899' });
    await sql(`INSERT INTO work (museum_id, inventory_number, title_fr) SELECT $1, 'P-' || lpad(g::text, 5, '0'), 'Page ' || g FROM generate_series(1, 4500) g`, [museum]);
    const works = `FROM work w CROSS JOIN LATERAL (SELECT substring(w.inventory_number FROM 3)::int AS g) k WHERE w.museum_id = $1`;
    // The second dimension is stored first, so the export's order can only be its own (position).
    await sql(`INSERT INTO work_dimension (work_id, position, type, value, unit) SELECT w.id, p, CASE p WHEN 0 THEN 'hauteur' ELSE 'largeur' END, w.g + 0.001 * p, 'cm' FROM generate_series(1, 0, -1) p, LATERAL (SELECT w.id, k.g ${works} AND k.g % 3 = 0) w`, [museum]);
    await sql(`INSERT INTO work_inscription (work_id, position, type, text) SELECT w.id, 0, 'marque', 'n° ' || k.g ${works} AND k.g % 7 = 0`, [museum]);
    await sql(`INSERT INTO work_creator (work_id, position, person_id, role) SELECT w.id, 0, $2, 'atelier de' ${works} AND k.g % 5 = 0`, [museum, person.id]);

    const rows: string[][] = parse(await exportCsv({ museumId: museum }), { delimiter: ';', bom: true });
    expect(rows).toHaveLength(1 + 4500);
    const column = (name: string) => NOTICE_COLUMN_NAMES.indexOf(name);
    for (const row of rows.slice(1)) {
      const g = Number(row[column('inventory_number')].slice(2));
      expect([row[column('dimensions')], row[column('inscriptions')], row[column('creators')]]).toEqual([
        g % 3 === 0 ? `hauteur ${g} cm; largeur ${g}.001 cm` : '',
        g % 7 === 0 ? `marque: n° ${g}` : '',
        g % 5 === 0 ? 'Rosa Bonheur (1822–1899) [atelier de]' : '',
      ]);
    }
  }, 120_000);

  it('ends the transaction and frees the connection when the reader stops mid-copy', async () => {
    const { body, copied } = await api.app.get(WorksExportService).open({});
    const closed = new Promise((resolve) => body.once('close', resolve));
    for await (const _chunk of body) break;
    await closed;
    expect(await copied).toBeNull();
    expect(await sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`)).toEqual([{ n: 0 }]);
    await until(exportsClosed, 'closed');
    const again: string[][] = parse(await exportCsv({ museumId: car }), { delimiter: ';', bom: true });
    expect(again.length).toBeGreaterThan(5000);
  });

  /** A work as the API reads it back, in the shape the import reads and the export writes. */
  async function readBack(id: string, museum: string): Promise<FlatNotice> {
    const get = async (path: string) => (await api.http.get(path).set(bearer(api.tokens.registrar)).expect(200)).body;
    const work: WorkView = await get(`/api/works/${id}`);
    const people: Array<{ displayName: string; birthDate: string | null; deathDate: string | null }> = await Promise.all(work.creators.map((c) => get(`/api/people/${c.personId}`)));
    return {
      museum,
      inventoryNumber: work.inventoryNumber,
      titleFr: work.title.fr as string,
      titleEn: work.title.en ?? null,
      titleEs: work.title.es ?? null,
      objectType: work.objectType,
      is2D: work.is2D,
      datingText: work.dating.text ?? null,
      datingStartYear: work.dating.startYear ?? null,
      datingEndYear: work.dating.endYear ?? null,
      techniques: work.techniques,
      dimensions: work.dimensions,
      inscriptions: work.inscriptions,
      descriptionFr: work.description.fr ?? null,
      descriptionEn: work.description.en ?? null,
      descriptionEs: work.description.es ?? null,
      provenance: work.provenance,
      keywords: work.keywords,
      anonymous: work.anonymous,
      firstPublicationYear: work.firstPublicationYear,
      creators: work.creators.map((c, i) => ({ name: people[i].displayName, birthDate: people[i].birthDate, deathDate: people[i].deathDate, role: c.role })),
    };
  }

  it('writes each cell as formatNotice does, with or without a filter, for notices made to trip it', async () => {
    const museum = (await createMuseum(api, 'EQ', 'Musée des cas limites')).id;
    const people = await Promise.all([
      createPerson(api, 'Claude "Oscar" Monet; dit \\ le peintre', { birthDate: '1840-11' }),
      createPerson(api, 'Berthe Morisot', { deathDate: '1895-03-02' }),
      createPerson(api, 'Anonyme du Nord'),
      createPerson(api, 'Jean (dit Le Bon)', { birthDate: '1801', deathDate: '1880-05' }),
    ]);
    const [monet, morisot, anonyme, jean] = people.map((p) => p.id);
    const ids: string[] = [];
    ids.push(
      (
        await createWork(api, {
          museumId: museum,
          inventoryNumber: 'EQ 1; "bis" \\ ter',
          title: { fr: 'Première ligne\nseconde ligne', en: 'Sunset "glow"', es: 'a\\b;c' },
          objectType: 'objet d’art',
          is2D: false,
          dating: { text: 'vers 1880; ou 1881', startYear: -50, endYear: 1881 },
          creators: [
            { personId: monet, role: 'auteur' },
            { personId: morisot, role: 'atelier de' },
            { personId: anonyme, role: 'x;y [z] \\' },
            { personId: jean, role: "d'après" },
          ],
          anonymous: true,
          firstPublicationYear: 2200,
          techniques: 'huile; toile\r\nvernis',
          // The API keeps the spaces around a dimension's or an inscription's type.
          dimensions: [
            { part: 'cadre; bois', type: 'hauteur', value: 0.001, unit: 'mm' },
            { type: ' largeur ', value: 65.5, unit: 'cm' },
            { part: 'socle\\base', type: 'profondeur', value: 999999999, unit: 'm' },
            { type: 'poids', value: 12.345, unit: 'kg' },
          ],
          inscriptions: [
            { type: 'signature', text: 'C. M.; 1880 \\ "x"', script: 'latin' },
            { type: 'marque', text: 'au dos\nligne 2' },
            { type: ' cachet ', text: 'Œuvre 🎨 مرحبا', script: null },
          ],
          description: { fr: 'Ligne 1\r\nLigne 2 ; avec \\ barre', en: '"', es: null },
          provenance: 'Don;Legs',
          keywords: ['a;b', 'c\\d', 'e "f"', 'Œuvre 🎨'],
        })
      ).id,
    );
    ids.push((await createWork(api, { museumId: museum, inventoryNumber: 'EQ-2', title: { fr: 'Presque vide' } })).id);
    // Empty strings and spaces at either end, which only a direct write or an older import leaves behind.
    const blanks = (await createWork(api, { museumId: museum, inventoryNumber: 'EQ-3', title: { fr: 'Vides' } })).id;
    ids.push(blanks);
    await sql(
      `UPDATE work SET title_en = '', title_es = '  espacé  ', object_type = '', dating_text = '', techniques = ' ', description_fr = '\\.',
                       description_en = '', provenance = '', keywords = '{"", " x "}' WHERE id = $1`,
      [blanks],
    );
    await sql(`INSERT INTO work_dimension (work_id, position, part, type, value, unit) VALUES ($1, 0, '', 'hauteur', 10.100, 'cm')`, [blanks]);
    await sql(`INSERT INTO work_inscription (work_id, position, type, text, script) VALUES ($1, 0, 'marque', 'texte', '')`, [blanks]);
    // Many children, stored in the reverse of their order and with gaps between positions.
    const many = (await createWork(api, { museumId: museum, inventoryNumber: 'EQ-4', title: { fr: 'Beaucoup' } })).id;
    ids.push(many);
    await sql(
      `INSERT INTO work_creator (work_id, position, person_id, role)
       SELECT $1, 10 * k, ($2::uuid[])[k % 4 + 1], (ARRAY['auteur', 'graveur', 'attribué à'])[k % 3 + 1] FROM generate_series(11, 0, -1) k`,
      [many, [monet, morisot, anonyme, jean]],
    );
    await sql(`INSERT INTO work_dimension (work_id, position, type, value, unit) SELECT $1, 10 * k, 'mesure ' || k, k + 0.5, 'cm' FROM generate_series(11, 0, -1) k`, [many]);
    await sql(`INSERT INTO work_inscription (work_id, position, type, text) SELECT $1, 10 * k, 'marque ' || k, 'n° ' || k FROM generate_series(11, 0, -1) k`, [many]);

    const expected = await Promise.all(ids.map((id) => readBack(id, 'EQ')));
    expect(expected[3].creators).toHaveLength(12);
    const filtered = await exportCsv({ museumId: museum });
    // Empty cells are written as nothing, not as a quoted empty string.
    expect(filtered).not.toMatch(/(^|;)""(;|\n)/m);
    const inventory = NOTICE_COLUMN_NAMES.indexOf('inventory_number');
    const museumRows = (text: string) => (parse(text, { delimiter: ';', bom: true }) as string[][]).filter((row) => row[0] === 'EQ');
    for (const rows of [museumRows(filtered), museumRows(await exportCsv())]) {
      expect(rows).toHaveLength(expected.length);
      for (const notice of expected) expect(rows.find((row) => row[inventory] === notice.inventoryNumber)).toEqual(formatNotice(notice));
    }
  }, 120_000);

  it('gives the connection back and leaves no transaction open when the client disconnects mid-download', async () => {
    const museum = (await createMuseum(api, 'ABT', 'Musée interrompu')).id;
    // About 40 MB of CSV: far more than the sockets between PostgreSQL, the API and this client hold.
    await sql(`INSERT INTO work (museum_id, inventory_number, title_fr, techniques) SELECT $1, 'AB-' || g, 'Œuvre ' || g, repeat('x', 2000) FROM generate_series(1, 20000) g`, [museum]);
    try {
      const server = api.app.getHttpServer() as http.Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const path = `/api/works/export.csv?filter=${encodeURIComponent(JSON.stringify({ museumId: museum }))}`;
      const req = http.get({ port, path, headers: bearer(api.tokens.registrar) });
      req.on('error', () => undefined);
      const res = await new Promise<http.IncomingMessage>((resolve) => req.once('response', resolve));
      expect(res.statusCode).toBe(200);
      res.pause();
      // The client reads nothing more: PostgreSQL must end up waiting to write, not the API buffering the file.
      await until(async () => {
        const rows = await sql(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (%' AND wait_event = 'ClientWrite'`);
        return rows.length === 1;
      }, 'waiting for the client');
      req.destroy();
      await until(exportsClosed, 'closed');
    } finally {
      await sql(`DELETE FROM work WHERE museum_id = $1`, [museum]);
    }
  }, 120_000);

  it('stops the statement when the client leaves before the first bytes', async () => {
    // The export waits behind a lock held here: it has sent nothing when the client goes away.
    const locker = await ((api.app.get(DataSource).driver as PostgresDriver).master as Pool).connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE work_inscription IN ACCESS EXCLUSIVE MODE');
      const server = api.app.getHttpServer() as http.Server;
      if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const req = http.get({ port, path: '/api/works/export.csv', headers: bearer(api.tokens.registrar) });
      req.on('error', () => undefined);
      const exporting = async () =>
        (await sql(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (%' AND wait_event_type = 'Lock'`)).length === 1;
      await until(exporting, 'waiting for the lock');
      req.destroy();
      // Still holding the lock: the statement is gone because it was cancelled, not because it finished.
      await until(async () => !(await exporting()), 'cancelled');
      await until(async () => (await sql(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (%' AND state = 'active'`)).length === 0, 'stopped');
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
    await until(exportsClosed, 'closed');
  });

  it('exports the header alone when no work matches', async () => {
    expect(await exportCsv({ q: 'aucune-oeuvre-ne-porte-ce-nom' })).toBe(`\uFEFF${NOTICE_COLUMN_NAMES.join(';')}\n`);
  });

  it('answers an HTTP error, not a cut download, when PostgreSQL fails before the first row', async () => {
    await sql('ALTER TABLE work_inscription RENAME TO work_inscription_away');
    try {
      const res = await api.http.get('/api/works/export.csv').set(bearer(api.tokens.registrar));
      expect(res.status).toBe(500);
      expect(res.body).toMatchObject({ statusCode: 500, message: 'Internal server error' });
    } finally {
      await sql('ALTER TABLE work_inscription_away RENAME TO work_inscription');
    }
    await until(exportsClosed, 'closed');
  });

  it('refuses an unknown filter field on the export, as the list does', async () => {
    const res = await api.http.get('/api/works/export.csv?filter={"colour":"blue"}').set(bearer(api.tokens.registrar));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(['filter.colour']);
  });
});
