import { Client } from 'pg';
import { SEARCH_ENTRY_FITS } from '@oc/db';
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createWork } from './fixtures';

// Lists count exactly up to LIST_EXACT_TOTAL matches; above it Content-Range carries an estimate, never below
// what is known to exist, and exact again once a page shows the end.
describe('list totals above LIST_EXACT_TOTAL', () => {
  let api: TestApi;
  const list = (filter: object, range: [number, number]) =>
    api.http
      .get('/api/works')
      .set(bearer(api.tokens.registrar))
      .query({ filter: JSON.stringify(filter), range: JSON.stringify(range), sort: JSON.stringify(['inventoryNumber', 'ASC']) });
  const contentRange = (res: { headers: Record<string, string> }) => {
    const [, start, end, total] = /^works (\d+)-(\d+)\/(\d+)$/.exec(res.headers['content-range']) ?? [];
    return { start: Number(start), end: Number(end), total: Number(total) };
  };

  beforeAll(async () => {
    api = await startTestApi('list_total', { LIST_EXACT_TOTAL: '3' });
    const museum = await createMuseum(api, 'MVH', 'Maison de Victor Hugo');
    for (let i = 1; i <= 6; i++) {
      await createWork(api, { museumId: museum.id, inventoryNumber: `MVHPD${i}`, title: { fr: i <= 2 ? `Dessin ${i}` : `Portrait ${i}` } });
    }
  });
  afterAll(() => api?.close());

  it('is exact up to the limit', async () => {
    const res = await list({ q: 'dessin' }, [0, 24]);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('works 0-1/2');
  });

  it.each([
    ['every work', {}, ['MVHPD1', 'MVHPD2']],
    ['a full-text search', { q: 'portrait' }, ['MVHPD3', 'MVHPD4']],
  ])('is an estimate of at least the limit + 1 above it, on the same rows (%s)', async (_label, filter, expected) => {
    const res = await list(filter, [0, 1]);
    expect(res.status).toBe(200);
    expect(res.body.map((w: { inventoryNumber: string }) => w.inventoryNumber)).toEqual(expected);
    const range = contentRange(res);
    expect([range.start, range.end]).toEqual([0, 1]);
    expect(range.total).toBeGreaterThanOrEqual(4);
  });

  it('becomes exact when a page reaches the end', async () => {
    const last = await list({}, [4, 9]);
    expect(last.body.map((w: { inventoryNumber: string }) => w.inventoryNumber)).toEqual(['MVHPD5', 'MVHPD6']);
    expect(last.headers['content-range']).toBe('works 4-5/6');
    const all = await list({ q: 'portrait' }, [0, 24]);
    expect(all.body).toHaveLength(4);
    expect(all.headers['content-range']).toBe('works 0-3/4');
  });
});

// Far more full-text hits expected than are counted exactly: the page comes from the sort order alone, the total
// from the planner's estimate, and the end of the list still gives the exact count.
describe('a full-text search expected to have plenty of hits', () => {
  let api: TestApi;
  const titles = Array.from({ length: 40 }, (_, i) => `Paysage ${String(i).padStart(2, '0')}`);

  beforeAll(async () => {
    api = await startTestApi('list_plenty', { LIST_EXACT_TOTAL: '1' });
    const museum = await createMuseum(api, 'PP', 'Petit Palais');
    const other = await createMuseum(api, 'CAR', 'Carnavalet');
    for (const [i, title] of [...titles].reverse().entries()) {
      await createWork(api, { museumId: museum.id, inventoryNumber: `PPP${i}`, title: { fr: title } });
      if (i % 10 === 0) await createWork(api, { museumId: other.id, inventoryNumber: `CAR${i}`, title: { fr: `Paysage ${i}` } });
    }
    const client = new Client({ connectionString: api.db.url });
    await client.connect();
    await client.query('ANALYZE work');
    const [{ estimate }] = (await client.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM work w WHERE w.search_vector @@ websearch_to_tsquery('oc_french', 'paysage')`)).rows.map(
      (r) => ({ estimate: r['QUERY PLAN'][0].Plan['Plan Rows'] as number }),
    );
    await client.end();
    // The case under test: an estimate above 10 × LIST_EXACT_TOTAL.
    expect(estimate).toBeGreaterThan(10);
  });
  afterAll(() => api?.close());

  const page = (range: [number, number]) =>
    api.http
      .get('/api/works')
      .set(bearer(api.tokens.registrar))
      .query({ filter: JSON.stringify({ q: 'paysage' }), range: JSON.stringify(range), sort: JSON.stringify(['title', 'ASC']) });

  it('pages the hits in sort order, with an estimated total, exact at the end', async () => {
    const first = await page([0, 4]);
    expect(first.status).toBe(200);
    expect(first.body.map((w: { title: { fr: string } }) => w.title.fr)).toEqual(['Paysage 0', 'Paysage 00', 'Paysage 01', 'Paysage 02', 'Paysage 03']);
    expect(Number(first.headers['content-range'].split('/')[1])).toBeGreaterThanOrEqual(6);
    const last = await page([40, 49]);
    expect(last.body.map((w: { title: { fr: string } }) => w.title.fr)).toEqual(['Paysage 36', 'Paysage 37', 'Paysage 38', 'Paysage 39']);
    expect(last.headers['content-range']).toBe('works 40-43/44');
  });
});

// The walk in sort order reads three parts and merges them: works whose lexemes fit in the covering index, works
// with texts too long for it, and works found by their inventory number only. Paging through must give every hit
// once, in order, whichever part it comes from.
describe('a full-text walk over works of every kind', () => {
  let api: TestApi;
  let museumId: string;
  const longText = (word: string) => `${word} ${Array.from({ length: 600 }, (_, i) => `terme${i}`).join(' ')}`;

  beforeAll(async () => {
    api = await startTestApi('list_walk', { LIST_EXACT_TOTAL: '1' });
    museumId = (await createMuseum(api, 'PP', 'Petit Palais')).id;
    const other = await createMuseum(api, 'CAR', 'Carnavalet');
    for (let i = 0; i < 30; i++) {
      await createWork(api, { museumId: i % 5 ? museumId : other.id, inventoryNumber: `PPP${i}`, title: { fr: `Paysage ${String(i).padStart(2, '0')}` } });
    }
    // Too long for the covering index: found in the table.
    await createWork(api, { museumId, inventoryNumber: 'PPL1', title: { fr: 'Paysage 15 bis' }, description: { fr: longText('paysage'), en: null, es: null } });
    await createWork(api, { museumId, inventoryNumber: 'PPL2', title: { fr: 'Autre chose' }, description: { fr: longText('marine'), en: null, es: null } });
    // Found by the inventory number only, by both, and by neither.
    await createWork(api, { museumId, inventoryNumber: 'PAYSAGE-7', title: { fr: 'Zèbre' } });
    await createWork(api, { museumId, inventoryNumber: 'PAYSAGE-9', title: { fr: 'Paysage 20 ter' } });
    await createWork(api, { museumId, inventoryNumber: 'MARINE-1', title: { fr: 'Marine' } });
    const client = new Client({ connectionString: api.db.url });
    await client.connect();
    await client.query('VACUUM ANALYZE work');
    const fits = await client.query(`SELECT inventory_number FROM work w WHERE NOT ${SEARCH_ENTRY_FITS} ORDER BY 1`);
    await client.end();
    // The case under test: the long notices are outside the covering index.
    expect(fits.rows.map((r) => r.inventory_number)).toEqual(['PPL1', 'PPL2']);
  });
  afterAll(() => api?.close());

  const everyPage = async (filter: object, order: 'ASC' | 'DESC') => {
    const titles: string[] = [];
    for (let start = 0; ; start += 4) {
      const res = await api.http
        .get('/api/works')
        .set(bearer(api.tokens.registrar))
        .query({ filter: JSON.stringify(filter), range: JSON.stringify([start, start + 3]), sort: JSON.stringify(['title', order]) });
      expect(res.status).toBe(200);
      titles.push(...res.body.map((w: { title: { fr: string } }) => w.title.fr));
      if (res.body.length < 4) return titles;
    }
  };

  it.each(['ASC', 'DESC'] as const)('gives every hit once, in title order (%s), from all three parts', async (order) => {
    const inMuseum = [
      ...Array.from({ length: 30 }, (_, i) => i).filter((i) => i % 5).map((i) => `Paysage ${String(i).padStart(2, '0')}`),
      'Paysage 15 bis',
      'Paysage 20 ter',
      'Zèbre',
    ];
    const collator = new Intl.Collator('fr');
    const expected = (titles: string[]) => (order === 'ASC' ? titles.sort(collator.compare) : titles.sort(collator.compare).reverse());
    expect(await everyPage({ q: 'paysage', museumId }, order)).toEqual(expected([...inMuseum]));
    const everywhere = [...inMuseum, ...Array.from({ length: 6 }, (_, i) => `Paysage ${String(i * 5).padStart(2, '0')}`)];
    expect(await everyPage({ q: 'paysage' }, order)).toEqual(expected(everywhere));
  });
});
