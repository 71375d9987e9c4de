/**
 * A fast reader for plain CSV files, the import's usual input: UTF-8, one kind of line end (LF or CRLF), quotes only
 * around whole cells. It yields exactly what csv-parse yields for such a file (records, cells, start lines) at a
 * fraction of the cost (csv-parse was a third of a re-import's time); on anything else (bad bytes, stray quotes,
 * mixed line ends, a CR in a quoted cell, a huge record) it throws NotPlainCsv and the caller reads the file with
 * csv-parse, which stays the reference for what is valid and for the errors a registrar reads.
 */
import type { Readable } from 'node:stream';
import type { CsvDelimiter } from '@oc/domain';
import type { CsvRecord } from './csv-records';

export class NotPlainCsv extends Error {}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Far below the csv-parse limit, so that limit is only ever judged by csv-parse. */
const MAX_PLAIN_RECORD_BYTES = 200_000;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A record read from `bytes` at `start`, or null when the bytes end before the record does. */
type Scan = { cells: string[] | null; end: number } | null;

/**
 * Scans bytes, not decoded text: the delimiters, quotes and line ends are ASCII, which never occur inside a UTF-8
 * sequence, and each cell is decoded on its own, so it holds no reference to the chunk it came from (a slice of a
 * decoded chunk would keep the whole chunk alive for as long as the import remembers the cell).
 */
class PlainScanner {
  /** The file's line end, fixed by the first record. */
  private eol: 'LF' | 'CRLF' | null = null;

  constructor(private readonly delimiter: number) {}

  scan(bytes: Buffer, start: number, final: boolean): Scan {
    const length = bytes.length;
    const first = bytes[start];
    if (first === LF || first === CR) {
      const end = this.lineEnd(bytes, start, final);
      return end === null ? null : { cells: null, end };
    }
    const cells: string[] = [];
    let i = start;
    for (;;) {
      if (bytes[i] === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = bytes.indexOf(QUOTE, from);
          if (quote === -1 || (quote + 1 >= length && !final)) {
            if (final) throw new NotPlainCsv('a quoted cell is never closed');
            return null;
          }
          if (bytes[quote + 1] === QUOTE) {
            value += bytes.toString('utf8', from, quote + 1);
            from = quote + 2;
          } else {
            value += bytes.toString('utf8', from, quote);
            i = quote + 1;
            break;
          }
        }
        if (value.includes('\r') || (this.eol === null && value.includes('\n'))) throw new NotPlainCsv('a line break inside a quoted cell');
        cells.push(value);
      } else {
        let j = i;
        for (; j < length; j++) {
          const c = bytes[j];
          if (c === this.delimiter || c === LF || c === CR) break;
          if (c === QUOTE) throw new NotPlainCsv('a quote inside an unquoted cell');
        }
        if (j >= length && !final) return null;
        cells.push(bytes.toString('utf8', i, j));
        i = j;
      }
      if (i - start > MAX_PLAIN_RECORD_BYTES) throw new NotPlainCsv('a very long record');
      if (i >= length) {
        if (!final) return null;
        return { cells, end: i };
      }
      const c = bytes[i];
      if (c === this.delimiter) {
        i++;
        if (i >= length && !final) return null;
        continue;
      }
      if (c !== LF && c !== CR) throw new NotPlainCsv('characters after a closing quote');
      const end = this.lineEnd(bytes, i, final);
      return end === null ? null : { cells, end };
    }
  }

  /** Where the line end at `i` stops, checked against the file's; null when the bytes may end inside it. */
  private lineEnd(bytes: Buffer, i: number, final: boolean): number | null {
    let eol: 'LF' | 'CRLF' = 'LF';
    if (bytes[i] === CR) {
      if (i + 1 >= bytes.length && !final) return null;
      if (bytes[i + 1] !== LF) throw new NotPlainCsv('a line ending in CR alone');
      eol = 'CRLF';
    }
    if (this.eol === null) this.eol = eol;
    else if (eol !== this.eol) throw new NotPlainCsv('mixed line ends');
    return i + (eol === 'CRLF' ? 2 : 1);
  }
}

/** The records of a plain file, the header first, each with the line it starts on; throws NotPlainCsv otherwise. */
export async function* readPlainCsv(source: Readable, delimiter: CsvDelimiter): AsyncGenerator<CsvRecord> {
  // Only checks the bytes: cells are decoded one by one.
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const scanner = new PlainScanner(delimiter.charCodeAt(0));
  let bytes: Buffer = Buffer.alloc(0);
  let line = 1;
  let started = false;
  const check = (chunk?: Buffer) => {
    try {
      if (chunk) utf8.decode(chunk, { stream: true });
      else utf8.decode();
    } catch {
      throw new NotPlainCsv('bytes that are not UTF-8');
    }
  };
  try {
    const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    for (let final = false; !final; ) {
      const next = await chunks.next();
      final = !!next.done;
      check(next.done ? undefined : next.value);
      if (!next.done) bytes = bytes.length ? Buffer.concat([bytes, next.value]) : next.value;
      if (!started && (bytes.length >= BOM.length || final)) {
        started = true;
        if (bytes.subarray(0, BOM.length).equals(BOM)) bytes = bytes.subarray(BOM.length);
      }
      if (!started) continue;
      let position = 0;
      while (position < bytes.length) {
        const record = scanner.scan(bytes, position, final);
        if (!record) break;
        if (record.cells) yield { line, cells: record.cells };
        for (let i = bytes.indexOf(LF, position); i !== -1 && i < record.end; i = bytes.indexOf(LF, i + 1)) line++;
        position = record.end;
      }
      bytes = bytes.subarray(position);
    }
  } finally {
    source.destroy();
  }
}
