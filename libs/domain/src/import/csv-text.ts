/**
 * The small text rules of the notice CSV: which delimiter a file uses, how a cell is quoted on the way out, and how a
 * cell holding several values ("a; b; c") is split and joined, with `\;` and `\\` for a literal `;` or `\`.
 */

export const CSV_DELIMITERS = [';', ','] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Counts delimiters outside quotes on the header line; `;` wins a tie (French spreadsheets write it). */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let inQuotes = false;
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0 };
  for (const char of headerLine) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === ';' || char === ',')) counts[char]++;
  }
  return counts[','] > counts[';'] ? ',' : ';';
}

/** What makes a cell need quotes: a quote, either delimiter, a line break, or spaces a reader could trim. */
const NEEDS_QUOTES = /[";,\r\n]|^\s|\s$/;

/** One CSV line (RFC 4180 quoting), CRLF-terminated. */
export function csvLine(values: readonly string[], delimiter: CsvDelimiter = ';'): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i) line += delimiter;
    // Most cells of an export are empty: nothing to test, nothing to append.
    if (value !== '') line += NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }
  return `${line}\r\n`;
}

/** Splits a multi-valued cell on `;`, honouring `\;` and `\\`; items are trimmed and empty ones dropped. */
export function splitList(text: string): string[] {
  // Most cells have no escapes: the native split is then the same and far cheaper than the loop below.
  if (!text.includes('\\')) return text.split(';').map((item) => item.trim()).filter((item) => item !== '');
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && (text[i + 1] === ';' || text[i + 1] === '\\')) current += text[++i];
    else if (char === ';') {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

const LIST_SPECIALS = /[\\;]/;

export function escapeListItem(text: string): string {
  return LIST_SPECIALS.test(text) ? text.replace(/[\\;]/g, '\\$&') : text;
}

/** Items joined with `; `, each escaped; `toText` writes items that are not text yet (no array of their texts is made). */
export function joinList(items: readonly string[]): string;
export function joinList<T>(items: readonly T[], toText: (item: T) => string): string;
export function joinList(items: readonly unknown[], toText: (item: unknown) => string = String): string {
  let text = '';
  for (let i = 0; i < items.length; i++) {
    if (i) text += '; ';
    text += escapeListItem(toText(items[i]));
  }
  return text;
}
