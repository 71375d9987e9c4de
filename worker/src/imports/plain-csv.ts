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
/** Far below the csv-parse limit (counted in bytes there), so that limit is only ever judged by csv-parse. */
const MAX_PLAIN_RECORD_CHARS = 200_000;

/** A record read from `text` at `start`, or null when the text ends before the record does. */
type Scan = { cells: string[] | null; end: number; eol: string } | null;

class PlainScanner {
  /** The file's line end, fixed by the first record. */
  private eol: string | null = null;

  constructor(private readonly delimiter: number) {}

  scan(text: string, start: number, final: boolean): Scan {
    const length = text.length;
    const first = text.charCodeAt(start);
    if (first === LF || first === CR) {
      const eol = this.lineEnd(text, start, final);
      return eol === null ? null : { cells: null, end: start + eol.length, eol };
    }
    const cells: string[] = [];
    let i = start;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1 || (quote + 1 >= length && !final)) {
            if (final) throw new NotPlainCsv('a quoted cell is never closed');
            return null;
          }
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += text.slice(from, quote + 1);
            from = quote + 2;
          } else {
            value += text.slice(from, quote);
            i = quote + 1;
            break;
          }
        }
        if (value.includes('\r') || (this.eol === null && value.includes('\n'))) throw new NotPlainCsv('a line break inside a quoted cell');
        cells.push(value);
      } else {
        let j = i;
        for (; j < length; j++) {
          const c = text.charCodeAt(j);
          if (c === this.delimiter || c === LF || c === CR) break;
          if (c === QUOTE) throw new NotPlainCsv('a quote inside an unquoted cell');
        }
        if (j >= length && !final) return null;
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i - start > MAX_PLAIN_RECORD_CHARS) throw new NotPlainCsv('a very long record');
      if (i >= length) {
        if (!final) return null;
        return { cells, end: i, eol: '' };
      }
      const c = text.charCodeAt(i);
      if (c === this.delimiter) {
        i++;
        if (i >= length && !final) return null;
        continue;
      }
      if (c !== LF && c !== CR) throw new NotPlainCsv('characters after a closing quote');
      const eol = this.lineEnd(text, i, final);
      return eol === null ? null : { cells, end: i + eol.length, eol };
    }
  }

  /** The line end at `i`, checked against the file's; null when the text may end inside it. */
  private lineEnd(text: string, i: number, final: boolean): string | null {
    let eol = '\n';
    if (text.charCodeAt(i) === CR) {
      if (i + 1 >= text.length && !final) return null;
      if (text.charCodeAt(i + 1) !== LF) throw new NotPlainCsv('a line ending in CR alone');
      eol = '\r\n';
    }
    if (this.eol === null) this.eol = eol;
    else if (eol !== this.eol) throw new NotPlainCsv('mixed line ends');
    return eol;
  }
}

/** The records of a plain file, the header first, each with the line it starts on; throws NotPlainCsv otherwise. */
export async function* readPlainCsv(source: Readable, delimiter: CsvDelimiter): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const scanner = new PlainScanner(delimiter.charCodeAt(0));
  let text = '';
  let line = 1;
  let started = false;
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new NotPlainCsv('bytes that are not UTF-8');
    }
  };
  try {
    const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    for (let final = false; !final; ) {
      const next = await chunks.next();
      final = !!next.done;
      text += decode(next.done ? undefined : next.value);
      if (!started && text.length) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      let position = 0;
      while (position < text.length) {
        const record = scanner.scan(text, position, final);
        if (!record) break;
        if (record.cells) yield { line, cells: record.cells };
        for (let i = text.indexOf('\n', position); i !== -1 && i < record.end; i = text.indexOf('\n', i + 1)) line++;
        position = record.end;
      }
      text = text.slice(position);
    }
  } finally {
    source.destroy();
  }
}
