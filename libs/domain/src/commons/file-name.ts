/**
 * Commons file names (DESIGN.md §9): `<Creator> - <Title> - <Inventory no.> - <Museum>.jpg`, made valid for
 * MediaWiki: characters it forbids in titles are replaced, the name fits MediaWiki's 240-byte limit counted in
 * UTF-8 bytes (the title is shortened first, it is the longest and least needed part), and a collision gets a
 * numbered variant that still fits.
 */

/** MediaWiki refuses file names longer than this many bytes of UTF-8 (`filename-toolong`). */
export const COMMONS_FILE_NAME_MAX_BYTES = 240;

export interface CommonsFileNameParts {
  creator: string | null;
  title: string;
  inventoryNumber: string;
  museum: string;
  extension?: string;
}

const encoder = new TextEncoder();
export const utf8Bytes = (text: string): number => encoder.encode(text).length;

/**
 * One name part made safe: MediaWiki's forbidden title characters (`# < > [ ] | { }`), the characters upload
 * rewrites (`: / \`), control and bidirectional marks, percent-escapes and tilde runs (signatures) are removed or
 * replaced; underscores and runs of spaces become one space.
 */
export function sanitizeFileNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/[[{<]/g, '(')
    .replace(/[\]}>]/g, ')')
    .replace(/[|#:/\\]/g, '-')
    .replace(/%([0-9A-Fa-f]{2})/g, '% $1')
    .replace(/&([A-Za-z0-9#]+);/g, '& $1;')
    .replace(/~{3,}/g, '~~')
    .replace(/[_\s]+/g, ' ')
    .replace(/^[\s.\-]+|[\s\-]+$/g, '')
    .replace(/\(\s*\)/g, '')
    .trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts text to at most `maxBytes` of UTF-8 without splitting a character (a letter keeps its accents, or goes). */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Bytes(segment);
    if (bytes + size > maxBytes) break;
    out += segment;
    bytes += size;
  }
  return out.replace(/[\s\-.,;]+$/, '');
}

function shorten(part: string, excessBytes: number, minChars: number): string {
  if (excessBytes <= 0) return part;
  const target = Math.max(utf8Bytes(part) - excessBytes - utf8Bytes('…'), 0);
  const cut = truncateUtf8(part, target);
  return [...cut].length < minChars && cut.length < part.length ? cut : `${cut}…`;
}

/**
 * The file name for the n-th candidate (n = 1: the plain name; n ≥ 2: `… (n).jpg` after a collision). Always
 * within the byte limit; the inventory number is never shortened, because it is what makes the name unique.
 */
export function commonsFileName(parts: CommonsFileNameParts, candidate = 1): string {
  const extension = `.${(parts.extension ?? 'jpg').replace(/^\./, '')}`;
  const suffix = candidate > 1 ? ` (${candidate})` : '';
  const clean = {
    creator: sanitizeFileNamePart(parts.creator ?? '') || 'Anonyme',
    title: sanitizeFileNamePart(parts.title) || 'Sans titre',
    inventory: sanitizeFileNamePart(parts.inventoryNumber) || 'sans numéro',
    museum: sanitizeFileNamePart(parts.museum),
  };
  const assemble = (p: typeof clean) => [p.creator, p.title, p.inventory, p.museum].filter(Boolean).join(' - ') + suffix + extension;
  // Shorten the title, then the creator, then the museum, until the whole name fits.
  for (const key of ['title', 'creator', 'museum'] as const) {
    const excess = utf8Bytes(assemble(clean)) - COMMONS_FILE_NAME_MAX_BYTES;
    if (excess <= 0) break;
    clean[key] = shorten(clean[key], excess, 1);
  }
  const name = assemble(clean);
  if (utf8Bytes(name) > COMMONS_FILE_NAME_MAX_BYTES) {
    // Only an absurdly long inventory number gets here: keep what fits of it.
    return truncateUtf8(name.slice(0, -(suffix + extension).length), COMMONS_FILE_NAME_MAX_BYTES - utf8Bytes(suffix + extension)) + suffix + extension;
  }
  // MediaWiki capitalises the first letter of titles; doing it here keeps our record equal to the wiki's.
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The wiki's own spelling of a file title (first letter capital, underscores as spaces), to compare titles. */
export function normalizeFileTitle(title: string): string {
  const bare = title.replace(/^(File|Fichier|Image):/i, '').replace(/_/g, ' ').trim();
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}
