/**
 * The `creators` cell: creators in order, separated by `;`, each written `Name (birth–death) [role]`.
 * Life dates are partial dates (`1841`, `1840-11`, `1840-11-14`); either side may be empty (`(1841–)`, `(–1895)`);
 * the en dash separates them (a hyphen is accepted between two bare years: `(1841-1895)`). The role is optional
 * and defaults to "auteur". Example: `Claude Monet (1840-11-14–1926-12-05); Atelier de Rubens [atelier de]`.
 * People are matched by name and life dates; see `creatorKey`.
 */
import { isPartialDate, parsePartialDate } from '../partial-date';
import { joinList, splitList } from './csv-text';

export const DEFAULT_CREATOR_ROLE = 'auteur';
export const CREATOR_NAME_MAX = 300;
export const CREATOR_ROLE_MAX = 100;

export interface CreatorRef {
  name: string;
  birthDate: string | null;
  deathDate: string | null;
  role: string;
}

const TRAILING_ROLE = /\s*\[([^[\]]*)\]\s*$/;
const TRAILING_PARENS = /\s*\(([^()]*)\)\s*$/;
// What a life-dates group may contain; anything else in trailing parentheses belongs to the name ("Jean (dit Le Bon)").
const LOOKS_LIKE_DATES = /^[\d\s–—-]*$/;
const PARTIAL = String.raw`\d{1,4}(?:-\d{2}(?:-\d{2})?)?`;
const DASHED = new RegExp(String.raw`^(${PARTIAL})?\s*[–—]\s*(${PARTIAL})?$`);
const BARE_YEARS = /^(\d{1,4})\s*-\s*(\d{1,4})$/;

export type CreatorParse = { creator: CreatorRef } | { error: string };

export function parseCreator(text: string): CreatorParse {
  let rest = text.trim();
  let role = DEFAULT_CREATOR_ROLE;
  const roleMatch = TRAILING_ROLE.exec(rest);
  if (roleMatch) {
    role = roleMatch[1].trim();
    rest = rest.slice(0, roleMatch.index);
    if (!role) return { error: `"${text.trim()}" has an empty role in brackets` };
    if (role.length > CREATOR_ROLE_MAX) return { error: `the role of "${rest}" is longer than ${CREATOR_ROLE_MAX} characters` };
  }
  let birthDate: string | null = null;
  let deathDate: string | null = null;
  const parens = TRAILING_PARENS.exec(rest);
  if (parens && LOOKS_LIKE_DATES.test(parens[1])) {
    const dates = parens[1].trim();
    const match = DASHED.exec(dates) ?? BARE_YEARS.exec(dates);
    if (!match) return { error: `"${text.trim()}": write life dates as (birth–death), e.g. (1841–1895), (1840-11-14–1926-12-05), (1841–) or (–1895)` };
    birthDate = match[1] ?? null;
    deathDate = match[2] ?? null;
    for (const date of [birthDate, deathDate]) {
      if (date !== null && !isPartialDate(date)) return { error: `"${text.trim()}": ${date} is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)` };
    }
    if (birthDate && deathDate && (parsePartialDate(deathDate)?.year ?? 0) < (parsePartialDate(birthDate)?.year ?? 0)) {
      return { error: `"${text.trim()}": the death date is before the birth date` };
    }
    rest = rest.slice(0, parens.index);
  }
  const name = normaliseName(rest);
  if (!name) return { error: `"${text.trim()}" has no name` };
  if (name.length > CREATOR_NAME_MAX) return { error: `a creator name is longer than ${CREATOR_NAME_MAX} characters` };
  return { creator: { name, birthDate, deathDate, role } };
}

export function parseCreators(cell: string): { creators: CreatorRef[] } | { error: string } {
  const creators: CreatorRef[] = [];
  for (const item of splitList(cell)) {
    const parsed = parseCreator(item);
    if ('error' in parsed) return parsed;
    creators.push(parsed.creator);
  }
  return { creators };
}

export function formatCreator(creator: CreatorRef): string {
  const dates = creator.birthDate || creator.deathDate ? ` (${creator.birthDate ?? ''}–${creator.deathDate ?? ''})` : '';
  const role = creator.role === DEFAULT_CREATOR_ROLE ? '' : ` [${creator.role}]`;
  return `${creator.name}${dates}${role}`;
}

export function formatCreators(creators: readonly CreatorRef[]): string {
  return joinList(creators, formatCreator);
}

/** Single spaces, canonical Unicode (a name typed on a Mac and one typed on Windows are the same name). */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** How a creator of the file is matched to a person: same name (case-insensitive) and same life dates as written. */
export function creatorKey(creator: Pick<CreatorRef, 'name' | 'birthDate' | 'deathDate'>): string {
  return `${normaliseName(creator.name).toLowerCase()}|${creator.birthDate ?? ''}|${creator.deathDate ?? ''}`;
}

