/**
 * Synthetic collection for the API benchmark: the 14 demo museums, ~20,000 people and 300,000 works with French
 * titles, drawn from a seeded PRNG so two runs with the same seed produce the same rows (ids included).
 *
 * Loading strategy (measured, see bench/README.md): rows are generated in Node in batches of 10,000 and streamed
 * with `COPY … FROM STDIN` (copyIn from @oc/db, as the import does) over one
 * connection per CPU (the generated `search_vector` makes PostgreSQL CPU-bound, so both cores are used);
 * `INSERT … SELECT FROM unnest($1::uuid[], …)` remains available (`method: 'unnest'`). The secondary indexes of the
 * work tables are dropped before the load and re-created afterwards from their own `pg_get_indexdef` (identical
 * definitions, built in bulk instead of row by row), foreign-key triggers are skipped for the loading sessions
 * (`session_replication_role = replica`, superuser only, else they run: the rows are consistent by construction),
 * then `VACUUM (ANALYZE)` leaves the tables as a long-running database would have them (visibility map set,
 * statistics fresh).
 *
 * Usage on its own: node -r ./scripts/register.cjs bench/api/generate.ts <databaseUrl> [works] [people] [seed]
 *   [copy|unnest] [concurrency] [batchSize] [rebuild yes|no]
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fakerDE, fakerES, fakerFR, fakerIT, fakerNL } from '@faker-js/faker';
import { Client } from 'pg';
import { copyIn, type CopyValue } from '@oc/db';
import * as V from './vocabulary';

export interface GenerateOptions {
  works?: number;
  people?: number;
  seed?: number;
  /** Loading connections; defaults to the number of CPUs (at least 2). */
  concurrency?: number;
  /** Rows per INSERT. */
  batchSize?: number;
  /** `copy` (COPY FROM STDIN, default) or `unnest` (INSERT … SELECT FROM unnest(arrays)); see README for timings. */
  method?: 'copy' | 'unnest';
  /** Drop and rebuild secondary indexes around the load (default true; false measures row-by-row maintenance). */
  rebuildIndexes?: boolean;
  log?: (message: string) => void;
}

export interface GenerateResult {
  seed: number;
  durationMs: number;
  phasesMs: Record<string, number>;
  counts: { museums: number; people: number; works: number; workCreators: number; dimensions: number; inscriptions: number };
  museums: Array<{ id: string; code: string; name: string; works: number }>;
  objectTypes: Record<string, number>;
  topCreators: Array<{ id: string; displayName: string; works: number }>;
  /** Per museum code, the most frequent title words (accents stripped, lower case) with their document counts. */
  topTitleWords: Record<string, Array<{ word: string; works: number }>>;
  anonymousWorks: number;
  diedForFrance: number;
  peopleWithoutDeathDate: number;
  /** 2,000 work ids spread over the collection (getOne targets). */
  sampleWorkIds: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** sfc32 seeded through splitmix32: fast, good enough statistically, identical on every platform. */
export function createRng(seed: number): () => number {
  let s = seed >>> 0;
  const next32 = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = next32(), b = next32(), c = next32(), d = next32();
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Roughly normal (Irwin–Hall with 4 draws). */
  normal(mean: number, sd: number): number {
    return mean + (this.next() + this.next() + this.next() + this.next() - 2) * sd * 1.732;
  }
  uuid(): string {
    const hex = (n: number) => (Math.floor(this.next() * 0x100000000) >>> 0).toString(16).padStart(8, '0').slice(0, n);
    const a = hex(8), b = hex(8), c = hex(8), d = hex(8);
    const variant = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
  }
}

/** Weighted choice over a record, precomputed once. */
class Weighted<T extends string> {
  private readonly keys: T[];
  private readonly cdf: number[];
  constructor(weights: Record<T, number>) {
    this.keys = Object.keys(weights) as T[];
    let total = 0;
    this.cdf = this.keys.map((k) => (total += weights[k]));
    this.cdf = this.cdf.map((v) => v / total);
  }
  draw(rng: Random): T {
    const r = rng.next();
    for (let i = 0; i < this.cdf.length; i++) if (r < this.cdf[i]) return this.keys[i];
    return this.keys[this.keys.length - 1];
  }
}

/** Zipf(s) over ranks 0..n-1: a few prolific creators, a long tail of people with one or two works. */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) this.cdf[i] = total += 1 / Math.pow(i + 1, s);
    for (let i = 0; i < n; i++) this.cdf[i] /= total;
  }
  draw(rng: Random): number {
    const r = rng.next();
    let lo = 0, hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// French helpers

/** "de" + place with the article contracted: du Pont-Neuf, des Tuileries, de la Seine, de l'Opéra, de Belleville. */
function de(place: string): string {
  if (place.startsWith('le ')) return `du ${place.slice(3)}`;
  if (place.startsWith('les ')) return `des ${place.slice(4)}`;
  return /^[aeiouhéèêâîôûAEIOUÉÈÎÔ]/.test(place) && !place.startsWith("l'") ? `d'${place}` : `de ${place}`;
}
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withoutArticle = (place: string) => place.replace(/^(le |la |les |l')/, '');
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const romanCentury = (year: number) => {
  const c = Math.floor((year - 1) / 100) + 1;
  const romans = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI'];
  return c >= 1 && c <= 21 ? `${romans[c]}${c === 1 ? 'er' : 'e'} siècle` : null;
};
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Same folding as the search config (unaccent + lower case), for word statistics. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').toLowerCase();
}
const STOP = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'au', 'aux', 'a', 'en', 'un', 'une', 'sur', 'pour', 'dans', 'avec', 'rue', 'd', 'l', 'par', 'sous', 'apres', 'entre', 'vers', 'pres']);

// ---------------------------------------------------------------------------------------------------------------
// People

interface Person {
  id: string; displayName: string; sortName: string; birthDate: string | null; deathDate: string | null;
  birthYear: number | null; deathYear: number | null; birthPlace: string | null; deathPlace: string | null;
  diedForFrance: boolean; wikidataId: string | null; specialty: V.Specialty; createdAt: string;
}

function lastNames(faker: typeof fakerFR): string[] {
  const raw = faker.rawDefinitions.person?.last_name as unknown;
  const list = Array.isArray(raw) ? raw : Object.values(raw as Record<string, string[]>).flat();
  return (list as string[]).filter((n) => !/[{}#]/.test(n));
}

const COMPOUNDABLE = new Set(['Jean', 'Louis', 'Pierre', 'Charles', 'François', 'Jacques', 'Joseph', 'Antoine', 'Claude', 'Nicolas']);
const CJK_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Shen', 'Dong', 'Ma', 'Ren', 'Gao'];
const CJK_GIVEN = ['Hui', 'Zhen', 'Ming', 'Shi', 'Yuan', 'Wei', 'Bo', 'Jian', 'Xia', 'Lin', 'Tao', 'Qing', 'Feng', 'Yun', 'Hong'];
const JP_SURNAMES = ['Utagawa', 'Katsukawa', 'Torii', 'Kitao', 'Suzuki', 'Keisai', 'Kikukawa', 'Tsukioka', 'Toyohara', 'Kawase'];
const JP_GIVEN = ['Kunisada', 'Toyokuni', 'Harunobu', 'Eisen', 'Shunshō', 'Kiyonaga', 'Yoshitoshi', 'Chikanobu', 'Hasui', 'Eizan'];

function partialDate(rng: Random, year: number, fullShare: number): string {
  const r = rng.next();
  if (r < fullShare) return `${pad(year, 4)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
  if (r < fullShare + 0.08) return `${pad(year, 4)}-${pad(rng.int(1, 12), 2)}`;
  return pad(year, 4);
}

function randomTimestamp(rng: Random, from: number, to: number): number {
  return from + Math.floor(rng.next() * (to - from));
}

const IMPORT_FROM = Date.UTC(2023, 0, 9);
const NOW = Date.UTC(2025, 10, 20);

function generatePeople(rng: Random, count: number): Person[] {
  const locales = new Weighted({ fr: 72, de: 7, it: 7, es: 5, nl: 5, particle: 4 });
  const names = { fr: lastNames(fakerFR), de: lastNames(fakerDE), it: lastNames(fakerIT), es: lastNames(fakerES), nl: lastNames(fakerNL) };
  const specialties = new Weighted(V.SPECIALTY_SHARE);
  const people: Person[] = [];
  for (const f of V.FAMOUS) {
    const by = f.birth ? Number(f.birth.slice(0, 4)) : null;
    const dy = f.death ? Number(f.death.slice(0, 4)) : null;
    people.push({
      id: rng.uuid(), displayName: f.name, sortName: f.sort, birthDate: f.birth, deathDate: f.death, birthYear: by, deathYear: dy,
      birthPlace: f.birthPlace ?? null, deathPlace: f.deathPlace ?? null, diedForFrance: !!f.diedForFrance, wikidataId: null,
      specialty: f.specialty, createdAt: new Date(randomTimestamp(rng, IMPORT_FROM, IMPORT_FROM + 86_400_000)).toISOString(),
    });
  }
  const eraBySpecialty: Record<V.Specialty, Weighted<string>> = {
    artist: new Weighted({ '1450-1650': 4, '1650-1750': 10, '1750-1830': 20, '1830-1880': 36, '1880-1930': 20, '1930-1990': 10 }),
    photographer: new Weighted({ '1790-1830': 18, '1830-1880': 45, '1880-1930': 27, '1930-1990': 10 }),
    sculptor: new Weighted({ '1650-1750': 8, '1750-1830': 20, '1830-1880': 35, '1880-1930': 27, '1930-1990': 10 }),
    couturier: new Weighted({ '1800-1850': 15, '1850-1900': 40, '1900-1950': 35, '1950-1990': 10 }),
    asian: new Weighted({ '1300-1600': 15, '1600-1750': 20, '1750-1850': 35, '1850-1950': 30 }),
    architect: new Weighted({ '1600-1750': 15, '1750-1830': 25, '1830-1880': 35, '1880-1950': 25 }),
  };
  while (people.length < count) {
    const specialty = specialties.draw(rng);
    const female = rng.chance(specialty === 'couturier' ? 0.5 : specialty === 'artist' ? 0.18 : 0.12);
    let displayName: string, sortName: string;
    if (specialty === 'asian') {
      if (rng.chance(0.6)) {
        const s = rng.pick(CJK_SURNAMES), g = rng.pick(CJK_GIVEN) + rng.pick(CJK_GIVEN).toLowerCase();
        displayName = `${s} ${g}`; sortName = displayName;
      } else {
        const s = rng.pick(JP_SURNAMES), g = rng.pick(JP_GIVEN);
        displayName = `${s} ${g}`; sortName = `${g}, ${s}`;
      }
    } else {
      const locale = locales.draw(rng);
      let first = rng.pick(female ? V.FIRST_NAMES_F : V.FIRST_NAMES_M);
      if (!female && COMPOUNDABLE.has(first) && rng.chance(0.25)) first = `${first}-${rng.pick(['Baptiste', 'Louis', 'Marie', 'François', 'Charles', 'Pierre'])}`;
      if (locale === 'particle') {
        const particle = rng.pick(V.NAME_PARTICLES);
        const last = rng.pick(names.fr);
        displayName = particle.endsWith("'") ? `${first} ${particle}${last}` : `${first} ${particle} ${last}`;
        sortName = `${last}, ${first} ${particle}`;
      } else {
        const last = rng.pick(names[locale as keyof typeof names]);
        displayName = `${first} ${last}`;
        sortName = `${last}, ${first}`;
      }
    }
    const [from, to] = eraBySpecialty[specialty].draw(rng).split('-').map(Number);
    let birthYear: number | null = rng.int(from, to);
    let deathYear: number | null = Math.round(birthYear + Math.min(100, Math.max(20, rng.normal(68, 13))));
    let deathDate: string | null = null;
    let diedForFrance = false;
    if (birthYear >= 1865 && birthYear <= 1899 && rng.chance(0.03)) {
      diedForFrance = true;
      deathYear = rng.int(1914, 1918);
      deathDate = `${deathYear}-${pad(rng.int(deathYear === 1914 ? 8 : 1, deathYear === 1918 ? 11 : 12), 2)}-${pad(rng.int(1, 28), 2)}`;
    } else if (birthYear >= 1900 && birthYear <= 1925 && rng.chance(0.012)) {
      diedForFrance = true;
      deathYear = rng.int(1939, 1945);
      deathDate = `${deathYear}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
    } else if (deathYear > 2025 || rng.chance(0.1)) {
      deathYear = null; // alive, or death date unknown
    } else {
      deathDate = partialDate(rng, deathYear, birthYear > 1800 ? 0.6 : 0.35);
    }
    let birthDate: string | null = partialDate(rng, birthYear, birthYear > 1800 ? 0.6 : 0.3);
    if (rng.chance(0.04)) { birthDate = null; birthYear = null; }
    people.push({
      id: rng.uuid(), displayName, sortName, birthDate, deathDate, birthYear, deathYear,
      birthPlace: rng.chance(0.65) ? rng.pick(V.PLACES_OF_BIRTH) : null,
      deathPlace: deathYear && rng.chance(0.55) ? rng.pick(V.PLACES_OF_BIRTH) : null,
      diedForFrance, wikidataId: rng.chance(0.15) ? `Q${rng.int(1000, 120_000_000)}` : null, specialty,
      createdAt: new Date(randomTimestamp(rng, IMPORT_FROM, NOW)).toISOString(),
    });
  }
  return people;
}

// ---------------------------------------------------------------------------------------------------------------
// Works

interface Museum { id: string; code: string; name: string }

class WorkFactory {
  private readonly museumPick: Weighted<string>;
  private readonly typePick: Record<string, Weighted<string>> = {};
  private readonly pools = new Map<V.Specialty, { people: Person[]; zipf: Zipf }>();
  private readonly counters = new Map<string, number>();
  private readonly museumsByCode: Map<string, Museum>;
  private readonly names: string[];

  constructor(private readonly rng: Random, museums: Museum[], people: Person[]) {
    this.museumsByCode = new Map(museums.map((m) => [m.code, m]));
    const shares: Record<string, number> = {};
    for (const m of museums) shares[m.code] = V.MUSEUM_SHARE[m.code] ?? 0.5;
    this.museumPick = new Weighted(shares);
    for (const m of museums) this.typePick[m.code] = new Weighted(V.OBJECT_TYPES[m.code] ?? { peinture: 1, dessin: 1, estampe: 1 });
    for (const p of people) {
      const pool = this.pools.get(p.specialty) ?? { people: [], zipf: undefined as unknown as Zipf };
      pool.people.push(p);
      this.pools.set(p.specialty, pool);
    }
    for (const pool of this.pools.values()) pool.zipf = new Zipf(pool.people.length, 1.0);
    this.names = lastNames(fakerFR);
  }

  private creator(specialty: V.Specialty, not?: Person): Person {
    const pool = this.pools.get(specialty) ?? this.pools.get('artist')!;
    for (;;) {
      const p = pool.people[pool.zipf.draw(this.rng)];
      if (p !== not) return p;
    }
  }

  private inventory(code: string, type: string, year: number | null): string {
    const r = this.rng;
    const prefixes: Record<string, Record<string, string>> = {
      PP: { peinture: 'PPP', dessin: 'PPD', estampe: r.chance(0.5) ? 'GDUT' : 'PPG', photographie: 'PPPH', sculpture: 'PPS', médaille: 'PPMED', "objet d'art": 'PPO' },
      CAR: { peinture: 'CARP', dessin: 'D.', estampe: 'G.', photographie: 'PH', médaille: 'ND', affiche: 'AF', sculpture: 'S', "objet d'art": 'OM', plan: 'TOPO PC ' },
      MAM: { peinture: 'AMVP ', dessin: 'AMVD ', estampe: 'AME ', photographie: 'AMPH ', sculpture: 'AMS ', "objet d'art": 'MAM ' },
      MVH: { dessin: 'MVHPD', estampe: 'MVHE', photographie: 'MVHPH', peinture: 'MVHP', "objet d'art": 'MVHO' },
      HH: { default: 'HH' }, MVR: { default: 'MVR' }, MCJ: { default: 'J ' }, MB: { sculpture: 'MB br.', dessin: 'MBD', default: 'MB' },
      MZ: { sculpture: 'MZS', dessin: 'MZD', default: 'MZ' }, MC: { default: 'M.C. ' }, ML: { default: 'Inv. ' },
      CRY: { default: 'Inv. ' }, CAT: { default: 'CAT' },
    };
    const table = prefixes[code] ?? { default: 'Inv. ' };
    if (code === 'PG') {
      // Galliera: acquisition year, lot, item — "GAL1977.45.12".
      const acqYear = Math.max(1920, Math.min(2024, (year ?? 1950) + r.int(5, 80)));
      const key = `PG${acqYear}`;
      const n = (this.counters.get(key) ?? 0) + 1;
      this.counters.set(key, n);
      return `GAL${acqYear}.${1 + Math.floor(n / 40)}.${1 + (n % 40)}`;
    }
    const prefix = table[type] ?? table.default ?? 'Inv. ';
    const key = `${code}|${prefix}`;
    const n = (this.counters.get(key) ?? 0) + (r.chance(0.1) ? r.int(2, 6) : 1);
    this.counters.set(key, n);
    return `${prefix}${n}`;
  }

  private sitter(): string {
    const r = this.rng;
    const x = r.next();
    if (x < 0.3) return r.pick(V.HISTORICAL_SITTERS);
    if (x < 0.45) return `Madame ${r.pick(this.names)}`;
    if (x < 0.58) return `Monsieur ${r.pick(this.names)}`;
    if (x < 0.7) return `${r.pick(r.chance(0.3) ? V.FIRST_NAMES_F : V.FIRST_NAMES_M)} ${r.pick(this.names)}`;
    return r.pick(['femme', 'jeune femme', 'homme', 'jeune homme', 'enfant', "l'artiste", "la femme de l'artiste", 'jeune fille',
      `l'abbé ${r.pick(this.names)}`, `la comtesse de ${r.pick(this.names)}`, 'homme au chapeau', 'vieillard', 'fillette']);
  }

  private portrait(): [string, string | null] {
    const s = this.sitter();
    if (/^(femme|homme|jeune|enfant|fillette|vieillard)/.test(s)) return [`Portrait ${/^[aeiouhé]/.test(s) ? "d'" : 'de '}${s}`, null];
    if (this.rng.chance(0.05)) return ['Autoportrait', 'Self-portrait'];
    return [`Portrait de ${s}`, `Portrait of ${s.replace(/^Madame /, 'Madame ').replace(/^Monsieur /, 'Monsieur ')}`];
  }

  private view(): [string, string] {
    const r = this.rng;
    const place = r.pick(V.PARIS_PLACES);
    const x = r.next();
    const suffix = r.chance(0.25) ? r.pick([', effet de neige', ', le soir', ', au printemps', ', la nuit', ' sous la pluie', ', soleil couchant', `, ${r.int(1780, 1930)}`]) : '';
    if (x < 0.6) return [`Vue ${de(place)}${suffix}`, `View of ${withoutArticle(place)}`];
    if (x < 0.8) return [`${capitalize(place)}, vue prise ${de(r.pick(V.PARIS_PLACES))}`, `${capitalize(withoutArticle(place))}`];
    return [`${capitalize(place)}${suffix}`, `${capitalize(withoutArticle(place))}`];
  }

  private title(museum: string, type: string, year: number | null): [string, string | null] {
    const r = this.rng;
    const x = r.next();
    if (museum === 'MC' && (type === 'peinture' || type === 'estampe')) return [r.pick(V.ASIAN_PAINTINGS), null];
    switch (type) {
      case 'peinture':
        if (x < 0.28) return this.portrait();
        if (x < 0.45) return [`Paysage ${r.pick(V.LANDSCAPES)}`, null];
        if (x < 0.6) return this.view();
        if (x < 0.7) return [`Nature morte ${r.pick(V.STILL_LIFE_ITEMS)}`, 'Still life'];
        if (x < 0.88) return [r.pick(V.GENRE_TITLES), null];
        return [r.pick(V.RELIGIOUS_TITLES), null];
      case 'dessin':
      case 'miniature':
        if (x < 0.3) return [`Étude ${r.chance(0.5) ? `de ${r.pick(V.STUDY_SUBJECTS)}` : `pour ${r.pick(V.GENRE_TITLES).replace(/^./, (c) => c.toLowerCase())}`}`, null];
        if (x < 0.5) return this.portrait();
        if (x < 0.7) return this.view();
        if (x < 0.82) return [`Paysage ${r.pick(V.LANDSCAPES)}`, null];
        return [r.pick(V.GENRE_TITLES), null];
      case 'estampe':
        if (x < 0.25) return this.view();
        if (x < 0.48) return this.portrait();
        if (x < 0.63) return [`${r.pick(V.SATIRE_TITLES)}, pl. ${r.int(1, 60)}`, null];
        if (x < 0.83) return [r.pick(V.EVENTS), null];
        return [r.pick(V.GENRE_TITLES), null];
      case 'photographie': {
        if (x < 0.4) {
          const street = r.pick(V.STREETS);
          const subject = r.pick(V.PHOTO_SUBJECTS);
          if (subject === 'Enseigne') return [`Enseigne « ${r.pick(V.SIGNS)} », ${r.int(1, 120)} ${street}`, null];
          return [`${subject}, ${r.int(1, 120)} ${street}`, null];
        }
        if (x < 0.65) return this.view();
        if (x < 0.85) return this.portrait();
        return [r.pick(V.EVENTS), null];
      }
      case 'affiche':
        return [r.chance(0.7) ? `Affiche pour ${r.pick(V.SHOWS)}` : `${r.pick(V.EVENTS)} (affiche)`, null];
      case 'médaille':
        return [r.pick(V.MEDALS), null];
      case 'sculpture':
        if (x < 0.35) return [`Buste de ${r.pick(V.HISTORICAL_SITTERS)}`, null];
        return [r.pick(V.SCULPTURE_SUBJECTS), null];
      case "objet d'art": {
        const o = r.pick(V.ART_OBJECTS);
        return [r.chance(0.3) ? `${o} ${r.pick(['aux armes de France', 'à décor de fleurs', 'au portrait de ' + r.pick(V.HISTORICAL_SITTERS), 'à la Bastille', 'représentant ' + withoutArticle(r.pick(V.PARIS_PLACES))])}` : o, null];
      }
      case 'costume':
        return [`${r.pick(V.COSTUMES)}${r.chance(0.5) ? `, ${r.pick(V.FASHION_HOUSES)}` : ''}`, null];
      case 'accessoire de mode':
        return [r.pick(V.ACCESSORIES), null];
      case 'céramique':
      case 'bronze':
        return [`${r.pick(V.ASIAN_OBJECTS)}, ${r.pick(V.DYNASTIES)}`, null];
      case 'objet archéologique':
        return [r.pick(V.ARCHAEOLOGY), null];
      case 'plan':
        return [`${r.pick(V.PLANS)} ${de(r.pick(V.PARIS_PLACES))}${year ? `, ${year}` : ''}`, null];
      case 'document':
        return [`${r.pick(V.DOCUMENTS)}${r.chance(0.5) ? `, ${r.pick(MONTHS)} 1944` : ''}`, null];
      default:
        return [r.pick(V.GENRE_TITLES), null];
    }
  }

  private dating(museum: string, type: string, creators: Person[]): { text: string | null; start: number | null; end: number | null } {
    const r = this.rng;
    let year: number;
    const c = creators[0];
    if (c?.birthYear) {
      const last = Math.min(2024, c.deathYear ?? c.birthYear + 75);
      year = r.int(Math.min(last, c.birthYear + 17), last);
    } else if (type === 'document' || (museum === 'ML' && r.chance(0.7))) year = r.int(1940, 1945);
    else if (type === 'objet archéologique') year = r.int(-50, 1600);
    else if (type === 'céramique' || type === 'bronze') year = r.int(-1200, 1900);
    else year = Math.round(Math.min(2020, Math.max(1500, r.normal(1860, 70))));
    const x = r.next();
    if (x < 0.05) return { text: null, start: null, end: null };
    if (year < 1000 || x < 0.15) {
      const century = romanCentury(year);
      if (!century || year < 1) return { text: year < 1 ? `${-year} av. J.-C.` : String(year), start: year, end: year };
      const first = Math.floor((year - 1) / 100) * 100 + 1;
      return { text: century, start: first, end: first + 99 };
    }
    if (x < 0.55) return { text: String(year), start: year, end: year };
    if (x < 0.72) return { text: `vers ${year}`, start: year, end: year };
    if (x < 0.85) { const end = year + r.int(1, 6); return { text: `${year}-${end}`, start: year, end }; }
    if (x < 0.93) { const end = year + r.int(2, 15); return { text: `entre ${year} et ${end}`, start: year, end }; }
    return { text: `${r.pick(MONTHS)} ${year}`, start: year, end: year };
  }

  next(): {
    work: unknown[]; creators: Array<[string, number, string, string]>; dimensions: Array<[string, number, string | null, string, number, string]>;
    inscriptions: Array<[string, number, string, string, string | null]>; museum: string; type: string; people: Person[]; title: string;
  } {
    const r = this.rng;
    const code = this.museumPick.draw(r);
    const museum = this.museumsByCode.get(code)!;
    const type = this.typePick[code].draw(r);
    const id = r.uuid();
    const anonymous = r.chance(V.ANONYMOUS_SHARE[code] ?? 0.05);
    const people: Person[] = [];
    const creators: Array<[string, number, string, string]> = [];
    if (!anonymous) {
      const first = this.creator(V.TYPE_POOL[type] ?? 'artist');
      people.push(first);
      const roles = V.ROLES_BY_TYPE[type] ?? ['auteur', 'atelier de'];
      const role0 = r.chance(0.06) ? r.pick(['attribué à', 'atelier de', "d'après"]) : roles[0];
      creators.push([id, 0, first.id, role0]);
      if (r.chance(type === 'estampe' ? 0.35 : type === 'photographie' ? 0.12 : 0.08)) {
        const second = this.creator(type === 'estampe' ? 'artist' : V.TYPE_POOL[type] ?? 'artist', first);
        people.push(second);
        creators.push([id, 1, second.id, roles[1]]);
      }
    }
    const dating = this.dating(code, type, people);
    const [titleFr, titleEn] = this.title(code, type, dating.start);
    const techniques = V.TECHNIQUES[type] ? r.pick(V.TECHNIQUES[type]) : null;
    const is2d = !V.THREE_D_TYPES.has(type);
    const acqYear = Math.min(2024, Math.max(1880, (dating.end ?? 1900) + r.int(10, 120)));
    const donor = `${r.pick(r.chance(0.3) ? V.FIRST_NAMES_F : V.FIRST_NAMES_M)} ${r.pick(this.names)}`;
    const provenance = r.chance(0.45) ? `${r.pick(V.ACQUISITIONS)} ${donor}, ${acqYear}` : null;
    const description = r.chance(0.22)
      ? `${capitalize(type)}${techniques ? ` (${techniques})` : ''}${dating.text ? `, ${dating.text}` : ''}. ${provenance ? `${provenance}.` : `Entré dans les collections en ${acqYear}.`}`
      : null;
    const keywords: string[] = [];
    for (let k = r.int(0, 3); k > 0; k--) { const w = r.pick(V.KEYWORDS); if (!keywords.includes(w)) keywords.push(w); }

    // Rights as the calculator would roughly see them (asOf 2026): 70 years after death, +30 for "mort pour la France".
    let rightsStatus: string | null;
    if (anonymous) rightsStatus = dating.end !== null && dating.end < 1900 ? 'public_domain' : 'unknown';
    else if (people.some((p) => p.deathYear === null)) rightsStatus = people.some((p) => (p.birthYear ?? 2000) > 1870) ? 'unknown' : 'public_domain';
    else rightsStatus = people.every((p) => p.deathYear! + 70 + (p.diedForFrance ? 30 : 0) < 2026) ? 'public_domain' : 'in_copyright';
    if (r.chance(0.04)) rightsStatus = null;
    const licence = rightsStatus === 'public_domain' ? (r.chance(0.92) ? 'CC0' : null) : rightsStatus === 'in_copyright' ? 'all_rights_reserved' : null;
    const state = licence === 'CC0'
      ? r.pick(['published', 'published', 'published', 'published', 'published', 'published', 'published', 'approved', 'in_review', 'draft', 'scheduled'])
      : r.pick(['draft', 'draft', 'draft', 'draft', 'in_review', 'in_review', 'approved', 'withdrawn']);
    const createdAt = randomTimestamp(r, IMPORT_FROM, NOW - 86_400_000);
    const updatedAt = r.chance(0.4) ? createdAt : randomTimestamp(r, createdAt, NOW);
    const publishAt = state === 'scheduled' ? new Date(NOW + r.int(1, 90) * 86_400_000).toISOString() : null;

    const dimensions: Array<[string, number, string | null, string, number, string]> = [];
    if (type === 'médaille') dimensions.push([id, 0, null, 'diamètre', r.int(18, 90) / 1, 'mm']);
    else {
      const h = Math.round(r.normal(is2d ? 35 : 40, is2d ? 20 : 25) * 10) / 10;
      const w = Math.round(r.normal(is2d ? 28 : 30, is2d ? 15 : 18) * 10) / 10;
      dimensions.push([id, 0, null, 'hauteur', Math.max(1.5, h), 'cm'], [id, 1, null, 'largeur', Math.max(1.5, w), 'cm']);
      if (!is2d) dimensions.push([id, 2, null, 'profondeur', Math.max(0.5, Math.round(r.normal(20, 10) * 10) / 10), 'cm']);
      else if (type === 'peinture' && r.chance(0.3)) {
        dimensions.push([id, 2, 'avec cadre', 'hauteur', Math.max(1.5, h) + 12, 'cm'], [id, 3, 'avec cadre', 'largeur', Math.max(1.5, w) + 12, 'cm']);
      }
    }
    const inscriptions: Array<[string, number, string, string, string | null]> = [];
    if (people.length && (type === 'peinture' || type === 'dessin' || type === 'estampe') && r.chance(0.25)) {
      const last = people[0].sortName.split(',')[0];
      inscriptions.push([id, 0, 'signature', `Signé en bas à ${r.pick(['droite', 'gauche'])} : ${last}`, null]);
      if (dating.start && r.chance(0.4)) inscriptions.push([id, 1, 'date', `Daté : ${dating.start}`, null]);
    }

    const work = [
      id, museum.id, this.inventory(code, type, dating.start), titleFr, titleEn && r.chance(0.35) ? titleEn : null, type, is2d,
      dating.text, dating.start, dating.end, techniques, description, provenance, keywords, anonymous,
      anonymous && r.chance(0.3) ? dating.end : null, people.map((p) => p.displayName).join(' '), rightsStatus, licence,
      licence === 'CC0' ? `${museum.name} / CC0` : null, state, publishAt, new Date(createdAt).toISOString(),
      new Date(updatedAt).toISOString(), updatedAt === createdAt ? 1 : r.int(2, 5),
    ];
    return { work, creators, dimensions, inscriptions, museum: code, type, people, title: titleFr };
  }
}

const WORK_COLUMNS: Array<[string, string]> = [
  ['id', 'uuid'], ['museum_id', 'uuid'], ['inventory_number', 'text'], ['title_fr', 'text'], ['title_en', 'text'],
  ['object_type', 'text'], ['is_2d', 'boolean'], ['dating_text', 'text'], ['dating_start_year', 'int'], ['dating_end_year', 'int'],
  ['techniques', 'text'], ['description_fr', 'text'], ['provenance', 'text'], ['keywords', 'text'], ['anonymous', 'boolean'],
  ['first_publication_year', 'int'], ['creator_names', 'text'], ['rights_status', 'text'], ['licence', 'text'],
  ['credit_line', 'text'], ['workflow_state', 'text'], ['publish_at', 'timestamptz'], ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'], ['version', 'int'],
];

const INSERT_WORKS = `INSERT INTO work (${WORK_COLUMNS.map(([c]) => c).join(', ')})
  SELECT ${WORK_COLUMNS.map(([c]) => (c === 'keywords' ? "string_to_array(keywords, '|')" : c)).join(', ')}
  FROM unnest(${WORK_COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')}) AS t(${WORK_COLUMNS.map(([c]) => c).join(', ')})`;
const INSERT_CREATORS = `INSERT INTO work_creator (work_id, position, person_id, role) SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::text[])`;
const INSERT_DIMENSIONS = `INSERT INTO work_dimension (work_id, position, part, type, value, unit) SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::numeric[], $6::text[])`;
const INSERT_INSCRIPTIONS = `INSERT INTO work_inscription (work_id, position, type, text, script) SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[])`;

function columns(rows: unknown[][], width: number): unknown[][] {
  const cols: unknown[][] = Array.from({ length: width }, () => new Array(rows.length));
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < width; j++) {
      const v = rows[i][j];
      cols[j][i] = Array.isArray(v) ? v.join('|') : v;
    }
  }
  return cols;
}

const WORK_COLUMN_NAMES = WORK_COLUMNS.map(([c]) => c);
const CREATOR_COLUMNS = ['work_id', 'position', 'person_id', 'role'];
const DIMENSION_COLUMNS = ['work_id', 'position', 'part', 'type', 'value', 'unit'];
const INSCRIPTION_COLUMNS = ['work_id', 'position', 'type', 'text', 'script'];

const LOADED_TABLES = ['work', 'work_creator', 'work_dimension', 'work_inscription'];

// ---------------------------------------------------------------------------------------------------------------

export async function generateCollection(databaseUrl: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const worksWanted = options.works ?? 300_000;
  const peopleWanted = options.people ?? 20_000;
  const seed = options.seed ?? 20251126;
  const concurrency = options.concurrency ?? Math.max(2, cpus().length);
  const batchSize = options.batchSize ?? 10_000;
  const rebuild = options.rebuildIndexes ?? true;
  const method = options.method ?? 'copy';
  const log = options.log ?? (() => undefined);
  const rng = new Random(createRng(seed));
  const started = Date.now();
  const phases: Record<string, number> = {};
  let mark = Date.now();
  const phase = (name: string) => { const now = Date.now(); phases[name] = now - mark; mark = now; log(`  ${name}: ${((phases[name]) / 1000).toFixed(1)} s`); };

  const clients = await Promise.all(Array.from({ length: concurrency }, async () => {
    const c = new Client({ connectionString: databaseUrl, application_name: 'oc-bench-generate' });
    await c.connect();
    await c.query(`SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'`);
    try {
      await c.query('SET session_replication_role = replica'); // skip FK triggers while loading (superuser only)
    } catch {
      /* not a superuser: foreign keys are checked row by row, slower but correct */
    }
    return c;
  }));
  const [main] = clients;
  const result = {} as GenerateResult;
  let droppedIndexes: string[] = [];
  try {
    // Museums: the demo list, reused if already there.
    const csv = parse(readFileSync(join(__dirname, '../../libs/db/src/seed/data/museums.csv'), 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Array<{ code: string; name_fr: string; name_en: string }>;
    const museums: Museum[] = [];
    for (const m of csv) {
      const { rows } = await main.query(
        `INSERT INTO museum (id, code, name_fr, name_en, commons_institution) VALUES ($1, $2, $3, $4, $3)
         ON CONFLICT (code) DO UPDATE SET name_fr = EXCLUDED.name_fr RETURNING id`,
        [rng.uuid(), m.code, m.name_fr, m.name_en],
      );
      museums.push({ id: rows[0].id, code: m.code, name: m.name_fr });
    }
    const existing = await main.query('SELECT (SELECT count(*) FROM work)::int AS works, (SELECT count(*) FROM person)::int AS people');
    if (existing.rows[0].works || existing.rows[0].people) {
      throw new Error(`generateCollection wants an empty collection; found ${existing.rows[0].works} works and ${existing.rows[0].people} people`);
    }

    // People.
    const people = generatePeople(rng, peopleWanted);
    for (let i = 0; i < people.length; i += batchSize) {
      const slice = people.slice(i, i + batchSize);
      await main.query(
        `INSERT INTO person (id, display_name, sort_name, birth_date, death_date, birth_place, death_place, died_for_france, wikidata_id, created_at, updated_at)
         SELECT id, n, s, b, d, bp, dp, dff, w, c, c FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[], $10::timestamptz[])
           AS t(id, n, s, b, d, bp, dp, dff, w, c)`,
        columns(slice.map((p) => [p.id, p.displayName, p.sortName, p.birthDate, p.deathDate, p.birthPlace, p.deathPlace, p.diedForFrance, p.wikidataId, p.createdAt]), 10),
      );
    }
    phase('people');

    // Secondary indexes out of the way (constraint-backed ones stay).
    if (rebuild) {
      const { rows } = await main.query(
        `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
           FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
          WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
        [LOADED_TABLES],
      );
      droppedIndexes = rows.map((r) => r.def);
      if (rows.length) await main.query(`DROP INDEX ${rows.map((r) => r.name).join(', ')}`);
      phase('drop indexes');
    }

    // Works, generated batch by batch on demand and loaded over all connections.
    const factory = new WorkFactory(rng, museums, people);
    const perMuseum = new Map<string, number>();
    const perType: Record<string, number> = {};
    const perCreator = new Map<Person, number>();
    const wordDocs = new Map<string, Map<string, number>>();
    const sample: string[] = [];
    const sampleEvery = Math.max(1, Math.floor(worksWanted / 2000));
    let produced = 0, inserted = 0, anonymousWorks = 0, creatorRows = 0, dimensionRows = 0, inscriptionRows = 0;
    const nextBatch = () => {
      if (produced >= worksWanted) return null;
      const n = Math.min(batchSize, worksWanted - produced);
      const works: unknown[][] = [], creators: unknown[][] = [], dims: unknown[][] = [], insc: unknown[][] = [];
      for (let i = 0; i < n; i++) {
        const w = factory.next();
        works.push(w.work); creators.push(...w.creators); dims.push(...w.dimensions); insc.push(...w.inscriptions);
        if ((produced + i) % sampleEvery === 0 && sample.length < 2000) sample.push(w.work[0] as string);
        perMuseum.set(w.museum, (perMuseum.get(w.museum) ?? 0) + 1);
        perType[w.type] = (perType[w.type] ?? 0) + 1;
        if (!w.people.length) anonymousWorks++;
        for (const p of w.people) perCreator.set(p, (perCreator.get(p) ?? 0) + 1);
        let words = wordDocs.get(w.museum);
        if (!words) wordDocs.set(w.museum, (words = new Map()));
        for (const word of new Set(fold(w.title).split(/[^a-z0-9]+/))) {
          if (word.length > 2 && !STOP.has(word) && !/^\d+$/.test(word)) words.set(word, (words.get(word) ?? 0) + 1);
        }
      }
      produced += n;
      creatorRows += creators.length; dimensionRows += dims.length; inscriptionRows += insc.length;
      return { works, creators, dims, insc };
    };
    await Promise.all(clients.map(async (client) => {
      for (let batch = nextBatch(); batch; batch = nextBatch()) {
        await client.query('BEGIN');
        if (method === 'copy') {
          await copyIn(client, 'work', WORK_COLUMN_NAMES, batch.works as CopyValue[][]);
          await copyIn(client, 'work_creator', CREATOR_COLUMNS, batch.creators as CopyValue[][]);
          await copyIn(client, 'work_dimension', DIMENSION_COLUMNS, batch.dims as CopyValue[][]);
          await copyIn(client, 'work_inscription', INSCRIPTION_COLUMNS, batch.insc as CopyValue[][]);
        } else {
          await client.query(INSERT_WORKS, columns(batch.works, WORK_COLUMNS.length));
          await client.query(INSERT_CREATORS, columns(batch.creators, 4));
          await client.query(INSERT_DIMENSIONS, columns(batch.dims, 6));
          if (batch.insc.length) await client.query(INSERT_INSCRIPTIONS, columns(batch.insc, 5));
        }
        await client.query('COMMIT');
        const before = inserted;
        inserted += batch.works.length;
        if (Math.floor(inserted / 50_000) > Math.floor(before / 50_000)) log(`    ${inserted.toLocaleString('en')} works loaded, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }));
    phase('works');

    if (rebuild) {
      // Rebuild the dropped indexes, the most expensive first, spread over the connections.
      const cost = (def: string) => (/gin \(search_vector/.test(def) ? 0 : /gin/.test(def) ? 1 : /title|name|inventory/.test(def) ? 2 : 3);
      const queue = [...droppedIndexes].sort((a, b) => cost(a) - cost(b));
      await Promise.all(clients.map(async (client) => {
        for (let def = queue.shift(); def; def = queue.shift()) await client.query(def);
      }));
      droppedIndexes = [];
      phase('indexes');
    }

    const analyzeQueue = ['work', 'work_creator', 'work_dimension', 'work_inscription', 'person', 'museum'];
    await Promise.all(clients.map(async (client) => {
      for (let t = analyzeQueue.shift(); t; t = analyzeQueue.shift()) await client.query(`VACUUM (ANALYZE) ${t}`);
    }));
    phase('vacuum analyze');

    const topCreators = [...perCreator.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)
      .map(([p, works]) => ({ id: p.id, displayName: p.displayName, works }));
    const topTitleWords: Record<string, Array<{ word: string; works: number }>> = {};
    for (const [code, words] of wordDocs) {
      topTitleWords[code] = [...words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([word, works]) => ({ word, works }));
    }
    Object.assign(result, {
      seed,
      durationMs: Date.now() - started,
      phasesMs: phases,
      counts: { museums: museums.length, people: people.length, works: produced, workCreators: creatorRows, dimensions: dimensionRows, inscriptions: inscriptionRows },
      museums: museums.map((m) => ({ ...m, works: perMuseum.get(m.code) ?? 0 })).sort((a, b) => b.works - a.works),
      objectTypes: Object.fromEntries(Object.entries(perType).sort((a, b) => b[1] - a[1])),
      topCreators,
      topTitleWords,
      anonymousWorks,
      diedForFrance: people.filter((p) => p.diedForFrance).length,
      peopleWithoutDeathDate: people.filter((p) => !p.deathDate).length,
      sampleWorkIds: sample,
    } satisfies GenerateResult);
    return result;
  } finally {
    if (droppedIndexes.length) {
      // A failure mid-load: put the schema back as the migration made it before giving the database back.
      for (const def of droppedIndexes) await main.query(def).catch(() => undefined);
    }
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

if (require.main === module) {
  const [url, works, people, seed, method, concurrency, batch, rebuild] = process.argv.slice(2);
  if (!url) {
    console.error('usage: generate.ts <databaseUrl> [works] [people] [seed] [copy|unnest] [concurrency] [batchSize] [rebuild yes|no]');
    process.exit(2);
  }
  generateCollection(url, { works: Number(works) || undefined, people: Number(people) || undefined, seed: Number(seed) || undefined,
    method: (method as 'copy' | 'unnest') || undefined, concurrency: Number(concurrency) || undefined, batchSize: Number(batch) || undefined,
    rebuildIndexes: rebuild ? rebuild !== 'no' : undefined, log: console.log })
    .then((r) => {
      console.log(JSON.stringify({ ...r, sampleWorkIds: r.sampleWorkIds.length }, null, 2));
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
