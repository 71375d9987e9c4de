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
