/**
 * Generated notices for the import's tests and `npm run bench:import`: a CSV in the import's columns with `rows`
 * works over the demo museums and about rows / 15 creators (life dates included) reused across works,
 * deterministic for a given seed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvLine, formatNotice, NOTICE_COLUMN_NAMES, NOTICE_DEFAULTS, type CreatorRef, type FlatNotice } from '@oc/domain';

export const MUSEUM_CODES = ['PP', 'CAR', 'MAM', 'MVH', 'MBZ', 'CER', 'CGM', 'MRM', 'MCO', 'PMM', 'MLT', 'PMV', 'CAT', 'MDC'];

const WORDS = ['Soleil', 'couchant', 'Seine', 'portrait', 'jardin', 'femme', 'enfant', 'paysage', 'hiver', 'été', 'Paris', 'pont', 'nature', 'morte', 'musique', 'intérieur', 'fleurs', 'mer', 'rue', 'nuit'];
const TYPES = ['peinture', 'dessin', 'estampe', 'photographie', 'sculpture', 'objet d’art'];
const TECHNIQUES = ['huile sur toile', 'aquarelle', 'eau-forte', 'tirage sur papier albuminé', 'bronze', 'crayon sur papier'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCreators(count: number, seed = 1): CreatorRef[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const birth = 1500 + Math.floor(next() * 400);
    const full = next() < 0.5;
    return {
      name: `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / WORDS.length) % WORDS.length]} Créateur${i}`,
      birthDate: full ? `${birth}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}` : String(birth),
      deathDate: next() < 0.9 ? String(birth + 30 + Math.floor(next() * 50)) : null,
      role: 'auteur',
    };
  });
}

export function generateNotice(i: number, creators: CreatorRef[], next: () => number): FlatNotice {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const start = 1600 + Math.floor(next() * 350);
  const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} n°${i}`;
  const creator = creators[Math.floor(next() * creators.length)];
  return {
    ...NOTICE_DEFAULTS,
    museum: MUSEUM_CODES[i % MUSEUM_CODES.length],
    inventoryNumber: `INV-${String(i).padStart(7, '0')}`,
    titleFr: title,
    titleEn: next() < 0.3 ? `Title ${i}` : null,
    objectType: pick(TYPES),
    is2D: next() < 0.8,
    datingText: `vers ${start}`,
    datingStartYear: start,
    datingEndYear: start + Math.floor(next() * 5),
    techniques: pick(TECHNIQUES),
    dimensions: [{ part: null, type: 'hauteur', value: Math.round(next() * 2000) / 10 + 1, unit: 'cm' }, { part: null, type: 'largeur', value: Math.round(next() * 2000) / 10 + 1, unit: 'cm' }],
    inscriptions: next() < 0.3 ? [{ type: 'signature', text: `${creator.name}, ${start}`, script: null }] : [],
    descriptionFr: next() < 0.5 ? `${title} : ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}, ${pick(TECHNIQUES)}.` : null,
    provenance: next() < 0.3 ? `Don de la famille ${pick(WORDS)}, ${start + 200}` : null,
    keywords: [pick(WORDS), pick(WORDS)].filter((k, index, all) => all.indexOf(k) === index),
    creators: [creator],
  };
}

/** Writes the file; `corrupt(i)` may replace a row's cells (tests make bad rows this way). */
export async function writeNoticesCsv(path: string, rows: number, options: { creators?: number; seed?: number; corrupt?: (i: number, cells: string[]) => string[] } = {}): Promise<void> {
  const creators = generateCreators(options.creators ?? Math.max(1, Math.round(rows / 15)), options.seed ?? 1);
  const next = random((options.seed ?? 1) + 1);
  const out = createWriteStream(path);
  out.write(csvLine([...NOTICE_COLUMN_NAMES]));
  for (let i = 1; i <= rows; i++) {
    const cells = formatNotice(generateNotice(i, creators, next));
    if (!out.write(csvLine(options.corrupt ? options.corrupt(i, cells) : cells))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
