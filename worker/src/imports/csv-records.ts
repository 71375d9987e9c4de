/**
 * Reads a stored CSV file as records with the line each starts on. Every byte is checked to be UTF-8 first (the
 * CSV parser would silently turn bad bytes into U+FFFD); broken quoting and oversized records stop the read with
 * InvalidCsvFile naming the line.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { InvalidCsvFile, Utf8Checker, type CsvDelimiter } from '@oc/domain';

/** Larger than any valid notice (a description is 20,000 characters at most); garbage stops here. */
const MAX_RECORD_CHARS = 1_000_000;

export interface CsvRecord {
  line: number;
  cells: string[];
}

class Utf8Guard extends Transform {
  private readonly checker = new Utf8Checker();

  _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.checker.push(chunk);
      done(null, chunk);
    } catch (error) {
      done(error as Error);
    }
  }

  _flush(done: TransformCallback): void {
    try {
      this.checker.end();
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

function explain(error: unknown): unknown {
  if (error instanceof InvalidCsvFile) return error;
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    const what: Record<string, string> = {
      CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
      CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters (write "" for a quote inside a quoted cell)',
      CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by other characters',
      INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted cell (quote the whole cell and double the quote)',
      CSV_MAX_RECORD_SIZE: `a row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters (not a notice file?)`,
    };
    return new InvalidCsvFile(`The file is not valid CSV: ${what[error.code] ?? error.message}${line ? ` (line ${line})` : ''}`);
  }
  return error;
}

function parseCsv(source: Readable, delimiter: CsvDelimiter): AsyncIterable<unknown> {
  const parser = parse({ delimiter, bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_RECORD_CHARS });
  const guard = new Utf8Guard();
  source.on('error', (error) => guard.destroy(error));
  guard.on('error', (error) => parser.destroy(error));
  source.pipe(guard).pipe(parser);
  return parser;
}

/** The records of the file, the header first, each with the line it starts on. */
export async function* readCsvRecords(source: Readable, delimiter: CsvDelimiter): AsyncGenerator<CsvRecord> {
  let previousEnd = 0;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parseCsv(source, delimiter) as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      yield { line, cells: record };
    }
  } catch (error) {
    throw explain(error);
  } finally {
    source.destroy();
  }
}
