/**
 * The checks an uploaded file gets before any row is read: it is UTF-8 (the first bad byte's line is named), and
 * its first line is a usable header (delimiter detected, columns named once each).
 */
import { detectDelimiter, type CsvDelimiter } from './csv-text';

export class InvalidCsvFile extends Error {}

/** Feeds bytes in order; throws InvalidCsvFile naming the line of the first byte sequence that is not UTF-8. */
export class Utf8Checker {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private lines = 1;

  push(chunk: Uint8Array): void {
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new InvalidCsvFile(`The file is not UTF-8 text: line ${this.lines + countNewlines(chunk, firstInvalidByte(chunk))} has bytes that are not UTF-8 (save the file as "CSV UTF-8")`);
    }
    this.lines += countNewlines(chunk, chunk.length);
  }

  end(): void {
    try {
      this.decoder.decode();
    } catch {
      throw new InvalidCsvFile(`The file is not UTF-8 text: it ends in the middle of a character (line ${this.lines})`);
    }
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}

/** Position of the first invalid sequence (a sequence begun in the previous chunk is taken as valid). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && i < 3 && (bytes[i] & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k < bytes.length && (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

export interface CsvHead {
  delimiter: CsvDelimiter;
  headers: string[];
}

/** Reads the header record from the start of the file's text (a BOM is skipped). */
export function readCsvHead(start: string, complete: boolean): CsvHead {
  const text = start.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (!firstLine.trim()) throw new InvalidCsvFile('The file is empty or its first line is blank: the first line must name the columns');
  const delimiter = detectDelimiter(firstLine);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') cell += text[++i];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') break;
    else cell += char;
  }
  if (quoted || (i === text.length && !complete)) {
    throw new InvalidCsvFile('The first line is not a CSV header: it has no end (an unclosed quote, or not a CSV file)');
  }
  cells.push(cell);
  const headers = cells.map((h, index) => h.trim() || `column ${index + 1}`);
  const seen = new Set<string>();
  for (const header of headers) {
    if (seen.has(header)) throw new InvalidCsvFile(`The header names the column "${header}" twice`);
    seen.add(header);
  }
  if (headers.length < 2) throw new InvalidCsvFile(`The first line has a single column ("${headers[0].slice(0, 50)}"): separate columns with ";" or ","`);
  return { delimiter, headers };
}
