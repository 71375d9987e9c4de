/**
 * The Commons file description page (DESIGN.md §9): an `{{Artwork}}` template, the licence RIGHTS.md gives the
 * work, and the museum's categories. Notice text goes through `escapeWikitext`; what we write ourselves (template
 * and category names, the licence template, the source URL) is checked, and refused when it is not what we expect.
 */
import type { Multilingual } from '../notice';
import { escapeWikitext, isSafeWikiTitle, languageText } from './wikitext';

export interface CommonsArtworkCreator {
  name: string;
  role: string;
  /** The Commons Creator template name (`Claude Monet` for `{{Creator:Claude Monet}}`), when the person has one. */
  commonsCreator: string | null;
}

export interface CommonsArtwork {
  creators: CommonsArtworkCreator[];
  anonymous: boolean;
  title: Multilingual;
  description: Multilingual;
  dating: string | null;
  medium: string | null;
  dimensions: Array<{ part?: string | null; type: string; value: number; unit: string }>;
  museum: { name: string; commonsInstitution: string | null };
  inventoryNumber: string;
  creditLine: string;
  /** The notice on the portal (or the public API): Commons' `source`. */
  sourceUrl: string;
  /** From `assessRights(...).commonsLicenceTemplate`. */
  licenceTemplate: string;
  categories: string[];
}

export class InvalidCommonsDescription extends Error {}

const LICENCE_TEMPLATE = /^\{\{(PD-Art\|PD-(old-auto-expired\|deathyear=\d{1,4}|anon-expired)|Art Photo\|artwork license=\{\{PD-(old-auto-expired\|deathyear=\d{1,4}|anon-expired)\}\}\|photo license=\{\{CC-zero\}\})\}\}$/;
const SAFE_URL = /^https?:\/\/[^\s[\]{}|<>"']+$/;

function artist(creators: CommonsArtworkCreator[], anonymous: boolean): string {
  if (!creators.length) return anonymous ? '{{anonymous}}' : '{{unknown|author}}';
  return creators
    .map((c) => {
      const role = c.role && c.role !== 'auteur' ? ` (${escapeWikitext(c.role)})` : '';
      return isSafeWikiTitle(c.commonsCreator) ? `{{Creator:${c.commonsCreator}}}${role}` : `${escapeWikitext(c.name)}${role}`;
    })
    .join('<br />');
}

function dimensions(rows: CommonsArtwork['dimensions']): string {
  return rows.map((d) => escapeWikitext(`${d.part ? `${d.part} : ` : ''}${d.type} ${d.value} ${d.unit}`)).join(' ; ');
}

export function commonsFileDescription(artwork: CommonsArtwork): string {
  if (!LICENCE_TEMPLATE.test(artwork.licenceTemplate)) throw new InvalidCommonsDescription(`Unexpected licence template ${artwork.licenceTemplate}`);
  if (!SAFE_URL.test(artwork.sourceUrl)) throw new InvalidCommonsDescription(`The source URL is not a plain http(s) URL: ${artwork.sourceUrl}`);
  const unsafe = artwork.categories.filter((c) => !isSafeWikiTitle(c));
  if (unsafe.length) throw new InvalidCommonsDescription(`Category names may not contain wikitext: ${unsafe.join(', ')}`);
  const institution = isSafeWikiTitle(artwork.museum.commonsInstitution)
    ? `{{Institution:${artwork.museum.commonsInstitution}}}`
    : escapeWikitext(artwork.museum.name);
  const fields: Array<[string, string]> = [
    ['artist', artist(artwork.creators, artwork.anonymous)],
    ['title', languageText(artwork.title)],
    ['description', languageText(artwork.description)],
    ['date', escapeWikitext(artwork.dating)],
    ['medium', escapeWikitext(artwork.medium)],
    ['dimensions', dimensions(artwork.dimensions)],
    ['institution', institution],
    ['accession number', escapeWikitext(artwork.inventoryNumber)],
    ['credit line', escapeWikitext(artwork.creditLine)],
    ['source', `[${artwork.sourceUrl} ${escapeWikitext(artwork.museum.name)}]`],
    ['permission', 'CC0 1.0 — reproduction released into the public domain by the museum ({{CC-zero}})'],
  ];
  const categories = [...new Set(artwork.categories)].map((c) => `[[Category:${c}]]`);
  return [
    '=={{int:filedesc}}==',
    '{{Artwork',
    ...fields.map(([name, value]) => ` |${name} = ${value}`),
    '}}',
    '',
    '=={{int:license-header}}==',
    artwork.licenceTemplate,
    '',
    ...categories,
    '',
  ].join('\n');
}

/**
 * What the rights manager files when a withdrawn work's file should leave Commons: deletion there is a community
 * process, so we prepare the texts and never delete ourselves.
 */
export interface CommonsDeletionRequest {
  fileTitle: string;
  fileUrl: string | null;
  /** The page to create on Commons. */
  page: string;
  /** The tag to add at the top of the file's description page. */
  fileTag: string;
  /** The nomination to write on `page` (signed with ~~~~ when saved). */
  nomination: string;
}

export function commonsDeletionRequest(fileTitle: string, fileUrl: string | null, reason: string, on: Date): CommonsDeletionRequest {
  const title = fileTitle.startsWith('File:') ? fileTitle : `File:${fileTitle}`;
  const why = escapeWikitext(reason) || 'The museum has withdrawn this work from its Open Content programme.';
  const [year, month, day] = [on.getUTCFullYear(), on.getUTCMonth() + 1, on.getUTCDate()];
  return {
    fileTitle: title,
    fileUrl,
    page: `Commons:Deletion requests/${title}`,
    fileTag: `{{delete|reason=${why}|subpage=${title}|year=${year}|month=${month}|day=${day}}}`,
    nomination: `=== [[:${title}]] ===\n${why} ~~~~`,
  };
}
