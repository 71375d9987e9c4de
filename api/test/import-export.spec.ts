/**
 * CSV import and export over HTTP: upload with a proposed mapping, run (the job is requested through the outbox),
 * refusals of bad files with a 4xx naming the problem, the streamed export in the import's columns, and the round
 * trip export → `npm run import` → nothing changes (same code path as the job).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { parse } from 'csv-parse/sync';
import { NOTICE_COLUMN_NAMES } from '@oc/domain';
import { APP_CONFIG, type AppConfig } from '../src/config/config';
import { WorksExportService } from '../src/exports/works-export.service';
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

  async function exportCsv(filter?: object): Promise<string> {
    const res = await api.http
      .get('/api/works/export.csv')
      .query(filter ? { filter: JSON.stringify(filter) } : {})
      .set(bearer(api.tokens.registrar))
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => done(null, text));
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

  it('streams a large export from a cursor', async () => {
    await sql(`INSERT INTO work (museum_id, inventory_number, title_fr) SELECT $1, 'G-' || g, 'Œuvre ' || g FROM generate_series(1, 5000) g`, [car]);
    const rows: string[][] = parse(await exportCsv({ museumId: car }), { delimiter: ';', bom: true });
    expect(rows).toHaveLength(1 + 5000 + 2);
  }, 120_000);

  it('gives each work of a many-page export its own children, in position order (pages are read ahead)', async () => {
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

  it('ends the transaction and frees the connection when the reader stops while pages are read ahead', async () => {
    const { rows } = api.app.get(WorksExportService).stream({});
    const closed = new Promise((resolve) => rows.once('close', resolve));
    for await (const _row of rows) break;
    await closed;
    expect(await sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`)).toEqual([{ n: 0 }]);
    const again: string[][] = parse(await exportCsv({ museumId: car }), { delimiter: ';', bom: true });
    expect(again.length).toBeGreaterThan(5000);
  });

  it('refuses an unknown filter field on the export, as the list does', async () => {
    const res = await api.http.get('/api/works/export.csv?filter={"colour":"blue"}').set(bearer(api.tokens.registrar));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty(['filter.colour']);
  });
});
