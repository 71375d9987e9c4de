/**
 * The columns of the notice CSV, read by the import and written by the export (so an export imports back unchanged):
 * for each, its name, what headers it is recognised by, how a cell is read and checked, and how a value is written.
 * A cell is read into `FlatNotice`, the notice with its museum as a code and its creators by name.
 */
import { DIMENSION_UNITS, LIMITS, type Dimension, type Inscription } from '../notice';
import { yearsInOrder } from '../period';
import { joinList, splitList } from './csv-text';
import { formatCreators, parseCreators, type CreatorRef } from './creators-cell';

export interface FlatNotice {
  museum: string;
  inventoryNumber: string;
  titleFr: string;
  titleEn: string | null;
  titleEs: string | null;
  objectType: string | null;
  is2D: boolean;
  datingText: string | null;
  datingStartYear: number | null;
  datingEndYear: number | null;
  techniques: string | null;
  dimensions: Dimension[];
  inscriptions: Inscription[];
  descriptionFr: string | null;
  descriptionEn: string | null;
  descriptionEs: string | null;
  provenance: string | null;
  keywords: string[];
  anonymous: boolean;
  firstPublicationYear: number | null;
  creators: CreatorRef[];
}

export type NoticeKey = keyof FlatNotice;

/** What a new notice holds in the fields a file does not give. */
export const NOTICE_DEFAULTS: Omit<FlatNotice, 'museum' | 'inventoryNumber' | 'titleFr'> = {
  titleEn: null,
  titleEs: null,
  objectType: null,
  is2D: true,
  datingText: null,
  datingStartYear: null,
  datingEndYear: null,
  techniques: null,
  dimensions: [],
  inscriptions: [],
  descriptionFr: null,
  descriptionEn: null,
  descriptionEs: null,
  provenance: null,
  keywords: [],
  anonymous: false,
  firstPublicationYear: null,
  creators: [],
};

type Parsed<T> = { value: T } | { error: string };

export interface NoticeColumn<K extends NoticeKey = NoticeKey> {
  /** The column's name in exported files and in a mapping. */
  name: string;
  key: K;
  label: { fr: string; en: string };
  required: boolean;
  /** Other headers recognised for it, compared without case, accents, spaces or punctuation. */
  aliases: readonly string[];
  parse(cell: string): Parsed<FlatNotice[K]>;
  format(value: FlatNotice[K]): string;
}

export const MIN_YEAR = -5000;
export const MAX_YEAR = 2200;
const LONG_TEXT = LIMITS.shortText * 4;

const TRUE = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x']);
const FALSE = new Set(['non', 'n', 'no', 'false', 'faux', '0']);

function text(max: number, required = false): Pick<NoticeColumn, 'parse' | 'format'> {
  return {
    parse: (cell) => {
      const value = cell.trim();
      if (!value) return required ? { error: 'is required' } : { value: null };
      if (value.length > max) return { error: `is longer than ${max} characters (${value.length})` };
      return { value };
    },
    format: (value) => (value as string | null) ?? '',
  };
}

function boolean(fallback: boolean): Pick<NoticeColumn, 'parse' | 'format'> {
  return {
    parse: (cell) => {
      const value = cell.trim().toLowerCase();
      if (!value) return { value: fallback };
      if (TRUE.has(value)) return { value: true };
      if (FALSE.has(value)) return { value: false };
      return { error: `must be yes or no (oui/non, true/false, 1/0), not "${cell.trim()}"` };
    },
    format: (value) => (value ? 'true' : 'false'),
  };
}

const year: Pick<NoticeColumn, 'parse' | 'format'> = {
  parse: (cell) => {
    const value = cell.trim();
    if (!value) return { value: null };
    if (!/^-?\d{1,4}$/.test(value)) return { error: `must be a year (a whole number), not "${value}"` };
    const number = Number(value);
    if (number < MIN_YEAR || number > MAX_YEAR) return { error: `must be between ${MIN_YEAR} and ${MAX_YEAR}` };
    return { value: number };
  },
  format: (value) => (value === null ? '' : String(value)),
};

const DIMENSION = /^(?:([^:]+?)\s*:\s*)?(.+?)\s+(\d+(?:[.,]\d+)?)\s*([^\s\d]+)$/;

const dimensions: Pick<NoticeColumn<'dimensions'>, 'parse' | 'format'> = {
  parse: (cell) => {
    const items = splitList(cell);
    if (items.length > LIMITS.dimensions) return { error: `has more than ${LIMITS.dimensions} dimensions` };
    const value: Dimension[] = [];
    for (const item of items) {
      const match = DIMENSION.exec(item);
      if (!match) return { error: `"${item}" is not a dimension: write [part:] type value unit, e.g. "hauteur 65.5 cm" or "cadre: largeur 81 cm"` };
      const [, part, type, number, unit] = match;
      const amount = Number(number.replace(',', '.'));
      if (!(DIMENSION_UNITS as readonly string[]).includes(unit)) return { error: `"${item}": the unit must be one of ${DIMENSION_UNITS.join(', ')}` };
      if (!(amount > 0) || amount > 999_999_999 || !/^\d+(?:[.,]\d{1,3})?$/.test(number)) {
        return { error: `"${item}": the value must be positive, with at most 3 decimals` };
      }
      if (type.length > 100 || (part?.length ?? 0) > 100) return { error: `"${item}": part and type are 100 characters at most` };
      value.push({ part: part ?? null, type, value: amount, unit });
    }
    return { value };
  },
  format: (value) => joinList(value, (d) => `${d.part ? `${d.part}: ` : ''}${d.type} ${d.value} ${d.unit}`),
};

const INSCRIPTION = /^([^:(]+?)\s*(?:\(([^)]*)\))?\s*:\s*(.+)$/s;

const inscriptions: Pick<NoticeColumn<'inscriptions'>, 'parse' | 'format'> = {
  parse: (cell) => {
    const items = splitList(cell);
    if (items.length > LIMITS.inscriptions) return { error: `has more than ${LIMITS.inscriptions} inscriptions` };
    const value: Inscription[] = [];
    for (const item of items) {
      const match = INSCRIPTION.exec(item);
      if (!match) return { error: `"${item}" is not an inscription: write type: text, or type (script): text, e.g. "signature: Claude Monet 1880"` };
      const [, type, script, body] = match;
      if (type.length > 100 || (script?.trim().length ?? 0) > 100 || body.length > LONG_TEXT) {
        return { error: `"${item.slice(0, 40)}…": type and script are 100 characters at most, the text ${LONG_TEXT}` };
      }
      value.push({ type, text: body.trim(), script: script?.trim() || null });
    }
    return { value };
  },
  format: (value) => joinList(value, (i) => `${i.type}${i.script ? ` (${i.script})` : ''}: ${i.text}`),
};

const keywords: Pick<NoticeColumn<'keywords'>, 'parse' | 'format'> = {
  parse: (cell) => {
    const value = splitList(cell);
    if (value.length > LIMITS.keywords) return { error: `has more than ${LIMITS.keywords} keywords` };
    const long = value.find((k) => k.length > 100);
    if (long) return { error: `the keyword "${long.slice(0, 30)}…" is longer than 100 characters` };
    return { value };
  },
  format: (value) => joinList(value),
};

const creators: Pick<NoticeColumn<'creators'>, 'parse' | 'format'> = {
  parse: (cell) => {
    const parsed = parseCreators(cell);
    if ('error' in parsed) return parsed;
    if (parsed.creators.length > LIMITS.creators) return { error: `has more than ${LIMITS.creators} creators` };
    return { value: parsed.creators };
  },
  format: (value) => formatCreators(value),
};

function column<K extends NoticeKey>(
  name: string,
  key: K,
  label: [string, string],
  rules: Pick<NoticeColumn, 'parse' | 'format'>,
  aliases: string[] = [],
  required = false,
): NoticeColumn<K> {
  return { name, key, label: { fr: label[0], en: label[1] }, required, aliases, ...(rules as Pick<NoticeColumn<K>, 'parse' | 'format'>) };
}

/** Every column, in the order the export writes them. */
export const NOTICE_COLUMNS: readonly NoticeColumn[] = [
  column('museum', 'museum', ['Musée (code)', 'Museum (code)'], text(100, true), ['musee', 'museum code', 'code musee', 'museumcode'], true),
  column('inventory_number', 'inventoryNumber', ["Numéro d'inventaire", 'Inventory number'], text(LIMITS.inventoryNumber, true), ['inventaire', 'numero inventaire', "numéro d'inventaire", "n° d'inventaire", 'n inventaire', 'no inventaire', 'inv', 'inventory', 'inventory no'], true),
  column('title_fr', 'titleFr', ['Titre (fr)', 'Title (fr)'], text(LIMITS.title, true), ['titre', 'titre fr', 'title', 'titre francais'], true),
  column('title_en', 'titleEn', ['Titre (en)', 'Title (en)'], text(LIMITS.title), ['titre en', 'titre anglais', 'english title']),
  column('title_es', 'titleEs', ['Titre (es)', 'Title (es)'], text(LIMITS.title), ['titre es', 'titre espagnol', 'spanish title']),
  column('object_type', 'objectType', ["Type d'objet", 'Object type'], text(100), ['type objet', 'type', 'objet', 'type d objet', 'domaine']),
  column('is_2d', 'is2D', ['Œuvre en 2D', '2D work'], boolean(true), ['2d', 'is2d', 'en 2d', 'bidimensionnel']),
  column('dating', 'datingText', ['Datation', 'Dating'], text(LIMITS.shortText), ['datation', 'date', 'dating text', 'datation texte']),
  column('dating_start', 'datingStartYear', ['Datation : début', 'Dating: start year'], year, ['date start', 'date debut', 'annee debut', 'start year', 'dating start year', 'debut']),
  column('dating_end', 'datingEndYear', ['Datation : fin', 'Dating: end year'], year, ['date end', 'date fin', 'annee fin', 'end year', 'dating end year', 'fin']),
  column('techniques', 'techniques', ['Techniques et matériaux', 'Techniques and materials'], text(LONG_TEXT), ['technique', 'materiaux', 'technique materiaux', 'materials']),
  column('dimensions', 'dimensions', ['Dimensions', 'Dimensions'], dimensions, ['dimension', 'mesures']),
  column('inscriptions', 'inscriptions', ['Inscriptions', 'Inscriptions'], inscriptions, ['inscription', 'marques', 'signature']),
  column('description_fr', 'descriptionFr', ['Description (fr)', 'Description (fr)'], text(LIMITS.description), ['description']),
  column('description_en', 'descriptionEn', ['Description (en)', 'Description (en)'], text(LIMITS.description), []),
  column('description_es', 'descriptionEs', ['Description (es)', 'Description (es)'], text(LIMITS.description), []),
  column('provenance', 'provenance', ['Provenance et acquisition', 'Provenance and acquisition'], text(LIMITS.description), ['acquisition', 'historique', 'mode acquisition']),
  column('keywords', 'keywords', ['Mots-clés', 'Keywords'], keywords, ['mots cles', 'mot cle', 'keyword', 'tags', 'sujets']),
  column('anonymous', 'anonymous', ['Œuvre anonyme', 'Anonymous work'], boolean(false), ['anonyme']),
  column('first_publication_year', 'firstPublicationYear', ['Année de première publication', 'First publication year'], year, ['premiere publication', 'annee publication', 'publication year']),
  column('creators', 'creators', ['Créateurs', 'Creators'], creators, ['creator', 'createur', 'createurs', 'auteur', 'auteurs', 'artiste', 'artistes', 'artist', 'artists']),
];

export const NOTICE_COLUMN_NAMES: readonly string[] = NOTICE_COLUMNS.map((c) => c.name);
export const REQUIRED_COLUMNS: readonly string[] = NOTICE_COLUMNS.filter((c) => c.required).map((c) => c.name);

const BY_NAME = new Map(NOTICE_COLUMNS.map((c) => [c.name, c]));

export function noticeColumn(name: string): NoticeColumn | undefined {
  return BY_NAME.get(name);
}

/** A notice as one exported line's cells, in NOTICE_COLUMNS order. */
export function formatNotice(notice: FlatNotice): string[] {
  return NOTICE_COLUMNS.map((c) => c.format(notice[c.key] as never));
}

/** Dating years in order, once the file's values are laid over the stored ones. */
export function noticeConsistencyError(notice: Pick<FlatNotice, 'datingStartYear' | 'datingEndYear'>): string | null {
  const { datingStartYear: start, datingEndYear: end } = notice;
  return yearsInOrder(start, end) ? null : `the end year ${end} is before the start year ${start}`;
}
