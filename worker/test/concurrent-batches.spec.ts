import type { ReportRow } from '@oc/domain';
import { ConcurrentBatches } from '../src/imports/concurrent-batches';
import type { BatchClaim, ImportBatches, ReadRecord } from '../src/imports/import-batch';

/**
 * The scheduling alone, with batches whose claims are given and whose application is held until the test releases
 * it: which rows go ahead, which wait and for what, in which order reports are recorded, and what a failure does.
 * (worker/test/import.spec.ts checks the outcome on PostgreSQL.)
 */
interface Row {
  line: number;
  work: string;
  names: string[];
}

const record = (row: Row): ReadRecord => ({ record: { line: row.line, cells: [] }, values: { inventoryNumber: row.work, creators: row.names as never }, errors: {}, museumId: 'm' });
const rowOf = (r: ReadRecord): Row => ({ line: r.record.line, work: r.values.inventoryNumber as string, names: r.values.creators as unknown as string[] });

class FakeBatches {
  readonly started: Array<{ lines: number[]; release: () => void; fail: (error: Error) => void }> = [];

  claim(rows: ReadRecord[]): BatchClaim {
    return { works: new Set(rows.map((r) => rowOf(r).work)), names: new Set(rows.flatMap((r) => rowOf(r).names)) };
  }

  apply(rows: ReadRecord[]): Promise<ReportRow[]> {
    return new Promise((resolve, reject) => {
      const report = rows.map((r) => ({ line: r.record.line, outcome: 'created', museum: 'M', inventoryNumber: rowOf(r).work, workId: null, columns: [], reason: '' }) as ReportRow);
      this.started.push({ lines: rows.map((r) => r.record.line), release: () => resolve(report), fail: reject });
    });
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const batch = (first: number, rows: Array<[string, string[]]>) => rows.map(([work, names], i) => record({ line: first + i, work, names }));

describe('ConcurrentBatches', () => {
  let fake: FakeBatches;
  let recorded: number[][];
  let applier: ConcurrentBatches;

  beforeEach(() => {
    fake = new FakeBatches();
    recorded = [];
    applier = new ConcurrentBatches(fake as unknown as ImportBatches, async (rows) => void recorded.push(rows.map((r) => r.line)), { applying: 3, unfinished: 6 });
  });

  it("lets a batch's rows that meet nothing pending go ahead, and holds the others until what they meet is applied", async () => {
    await applier.add(batch(2, [['A-1', ['Rosa']], ['A-2', ['Claude']]]));
    // Lines 4 and 6 name people the first batch may be creating; 5 names no one pending; 7 names someone line 4 names.
    await applier.add(batch(4, [['B-1', ['Rosa']], ['B-2', ['Nadar']], ['B-3', ['Claude']], ['B-4', ['Berthe', 'Rosa']]]));
    await tick();
    expect(fake.started.map((s) => s.lines)).toEqual([[2, 3], [5]]);
    fake.started[1].release(); // the free part commits first, its report waits for the first batch's
    await tick();
    expect(recorded).toEqual([]);
    fake.started[0].release();
    await tick();
    expect(fake.started.map((s) => s.lines)).toEqual([[2, 3], [5], [4, 6, 7]]);
    fake.started[2].release();
    await applier.finish();
    expect(recorded).toEqual([[2, 3], [4, 5, 6, 7]]); // each batch whole, in file order
  });

  it('holds a row that meets a held row earlier in its batch, even when it meets nothing pending', async () => {
    await applier.add(batch(2, [['A-1', ['Rosa']]]));
    // Line 3 is held (Rosa); line 4 names Berthe, like line 3: it must not run before line 3.
    await applier.add(batch(3, [['B-1', ['Rosa', 'Berthe']], ['B-2', ['Berthe']], ['B-3', ['Gustave']]]));
    await tick();
    expect(fake.started.map((s) => s.lines)).toEqual([[2], [5]]);
    fake.started[0].release();
    await tick();
    expect(fake.started.map((s) => s.lines)).toEqual([[2], [5], [3, 4]]);
    fake.started[1].release();
    fake.started[2].release();
    await applier.finish();
    expect(recorded).toEqual([[2], [3, 4, 5]]);
  });

  it('holds a work that appears again in a later batch until its first appearance is applied', async () => {
    await applier.add(batch(2, [['A-1', []], ['A-2', []]]));
    await applier.add(batch(4, [['A-2', []], ['A-3', []]]));
    await tick();
    expect(fake.started.map((s) => s.lines)).toEqual([[2, 3], [5]]);
    fake.started[0].release();
    fake.started[1].release();
    await tick();
    expect(fake.started.map((s) => s.lines)).toEqual([[2, 3], [5], [4]]);
    fake.started[2].release();
    await applier.finish();
    expect(recorded).toEqual([[2, 3], [4, 5]]);
  });

  it('applies no more parts at once than allowed, and reads no further ahead than allowed', async () => {
    for (let i = 0; i < 3; i++) await applier.add(batch(2 + i, [[`W-${i}`, []]]));
    await tick();
    expect(fake.started).toHaveLength(3);
    for (let i = 3; i < 6; i++) await applier.add(batch(2 + i, [[`W-${i}`, []]]));
    await tick();
    expect(fake.started).toHaveLength(3);
    let added = false;
    const seventh = applier.add(batch(8, [['W-6', []]])).then(() => (added = true));
    await tick();
    expect(added).toBe(false); // six parts unfinished: the reader waits
    fake.started[0].release();
    await seventh;
    await tick();
    expect(fake.started).toHaveLength(4);
    let next = 1;
    while (next < fake.started.length || fake.started.length < 7) {
      fake.started[next++]?.release();
      await tick();
    }
    await applier.finish();
    expect(recorded).toEqual([[2], [3], [4], [5], [6], [7], [8]]);
  });

  it('gives up the parts still waiting when one fails, and reports the failure without hanging', async () => {
    await applier.add(batch(2, [['A-1', ['Rosa']]]));
    await applier.add(batch(3, [['B-1', ['Rosa']]]));
    await tick();
    expect(fake.started.map((s) => s.lines)).toEqual([[2]]);
    fake.started[0].fail(new Error('connection lost'));
    await expect(applier.finish()).rejects.toThrow('connection lost');
    expect(fake.started).toHaveLength(1); // the held part never ran
    await expect(applier.add(batch(4, [['C-1', []]]))).rejects.toThrow('connection lost');
  });
});
