/**
 * The fast reader against csv-parse, the reference: for every input it either gives up (NotPlainCsv) or yields the
 * very records csv-parse yields, with the same start lines, however the bytes are split into chunks; the files the
 * import usually gets (our own export, generated notices, spreadsheet CSV) must not make it give up.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { csvLine } from '@oc/domain';
import { readCsvRecords, type CsvRecord } from '../src/imports/csv-records';
import { writeNoticesCsv } from '../src/imports/generated-notices';
import { NotPlainCsv, readPlainCsv } from '../src/imports/plain-csv';

async function collect(records: AsyncIterable<CsvRecord>): Promise<CsvRecord[] | Error> {
  const all: CsvRecord[] = [];
  try {
    for await (const record of records) all.push(record);
    return all;
  } catch (error) {
    return error as Error;
  }
}

/** The bytes as a stream of chunks of `size` bytes (split anywhere, inside characters too). */
function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: false });
}

async function compare(bytes: Buffer, sizes = [1, 2, 3, 7, 64, 1 << 16]): Promise<'plain' | 'not plain'> {
  const reference = await collect(readCsvRecords(chunked(bytes, 1 << 16), ';'));
  const outcomes = new Set<string>();
  for (const size of sizes) {
    const plain = await collect(readPlainCsv(chunked(bytes, size), ';'));
    if (plain instanceof NotPlainCsv) {
      outcomes.add('not plain');
      continue;
    }
    expect(plain).toEqual(reference);
    outcomes.add('plain');
  }
  // Whether a file is plain does not depend on how its bytes arrive.
  expect(outcomes.size).toBe(1);
  return [...outcomes][0] as 'plain' | 'not plain';
}

describe('readPlainCsv', () => {
  it.each<[string, string | Buffer, 'plain' | 'not plain']>([
    ['LF lines', 'a;b;c\n1;2;3\n', 'plain'],
    ['CRLF lines', 'a;b;c\r\n1;2;3\r\n', 'plain'],
    ['no line end at the end', 'a;b\n1;2', 'plain'],
    ['a byte order mark', '\uFEFFa;b\n1;2\n', 'plain'],
    ['empty lines (skipped)', 'a;b\n\n1;2\n\n\n3;4\n', 'plain'],
    ['empty CRLF lines', 'a;b\r\n\r\n1;2\r\n', 'plain'],
    ['empty cells and a trailing delimiter', 'a;b;c\n;;\n1;2;\n', 'plain'],
    ['short and long rows', 'a;b;c\n1\n1;2;3;4\n', 'plain'],
    ['spaces kept', 'a;b\n  x ; y  \n', 'plain'],
    ['quoted cells with delimiters, doubled quotes and accents', 'a;b\n"x;y";"dit ""le Bon"", né à Sèvres"\n"";é\n', 'plain'],
    ['line breaks inside quoted cells (lines counted)', 'a;b\n"one\ntwo";x\n3;"four\n\nfive"\n6;7\n', 'plain'],
    ['commas in a semicolon file', 'a;b\nx, y;z\n', 'plain'],
    ['a quote inside an unquoted cell', 'a;b\nun "titre";x\n', 'not plain'],
    ['characters after a closing quote', 'a;b\n"x"y;z\n', 'not plain'],
    ['a quoted cell never closed', 'a;b\n"x;y\n1;2\n', 'not plain'],
    ['CR line ends', 'a;b\r1;2\r', 'not plain'],
    ['mixed line ends', 'a;b\r\n1;2\n3;4\r\n', 'not plain'],
    ['a CR inside a quoted cell', 'a;b\n"x\r\ny";z\n', 'not plain'],
    ['a line break in a quoted header cell', '"a\nb";c\n1;2\n', 'not plain'],
    ['bytes that are not UTF-8', Buffer.concat([Buffer.from('a;b\nMus'), Buffer.from([0xe9, 0x65]), Buffer.from('\n')]), 'not plain'],
    ['a file cut inside a character', Buffer.from('a;b\nMusé').subarray(0, 8), 'not plain'],
  ])('%s', async (_name, input, expected) => {
    expect(await compare(Buffer.isBuffer(input) ? input : Buffer.from(input))).toBe(expected);
  });

  it('reads our own CSV (every cell quoted as csvLine quotes it) and generated notices as csv-parse does', async () => {
    const lines = [
      ['museum', 'inventory_number', 'title_fr', 'description_fr'],
      ['PP', 'PPP 1; bis', 'Soleil couchant, "effet d\'hiver"', 'Ligne 1\nLigne 2 ; avec \\ barre'],
      ['CAR', ' C-1 ', '', 'x'],
    ];
    expect(await compare(Buffer.from(lines.map((cells) => csvLine(cells)).join('')))).toBe('plain');
    const path = join(mkdtempSync(join(tmpdir(), 'oc-plain-csv-')), 'notices.csv');
    await writeNoticesCsv(path, 2_000);
    expect(await compare(readFileSync(path), [4096, 1 << 16])).toBe('plain');
  });
});
