/** The notice as shipped in the download package: readable text (French labels, as the portal shows them) and JSON. */
import { CC0_URL } from '../specs';

export interface PackageNotice {
  workId: string;
  museum: string;
  inventoryNumber: string;
  title: { fr: string; en: string | null; es: string | null };
  creators: Array<{ name: string; role: string; birthDate: string | null; deathDate: string | null }>;
  anonymous: boolean;
  dating: string | null;
  objectType: string | null;
  techniques: string | null;
  dimensions: Array<{ part: string | null; type: string; value: number; unit: string }>;
  inscriptions: Array<{ type: string; text: string }>;
  description: { fr: string | null; en: string | null; es: string | null };
  keywords: string[];
  creditLine: string;
  photographer: string | null;
  image: { fileName: string; width: number; height: number };
}

const life = (c: PackageNotice['creators'][number]) => (c.birthDate || c.deathDate ? ` (${c.birthDate ?? '?'} – ${c.deathDate ?? '?'})` : '');

export function noticeText(notice: PackageNotice): string {
  const lines: Array<[string, string | null | undefined]> = [
    ['Titre', notice.title.fr],
    ['Title', notice.title.en],
    ['Título', notice.title.es],
    ['Auteur(s)', notice.creators.length ? notice.creators.map((c) => `${c.name}${life(c)}, ${c.role}`).join(' ; ') : notice.anonymous ? 'Anonyme' : null],
    ['Datation', notice.dating],
    ['Type d’objet', notice.objectType],
    ['Techniques et matériaux', notice.techniques],
    ['Dimensions', notice.dimensions.map((d) => `${d.part ? `${d.part} : ` : ''}${d.type} ${d.value} ${d.unit}`).join(' ; ') || null],
    ['Inscriptions', notice.inscriptions.map((i) => `${i.type} : ${i.text}`).join(' ; ') || null],
    ['Musée', notice.museum],
    ['Numéro d’inventaire', notice.inventoryNumber],
    ['Description', notice.description.fr],
    ['Mots-clés', notice.keywords.join(', ') || null],
    ['Crédit photographique', notice.photographer],
    ['Image', `${notice.image.fileName} (${notice.image.width} × ${notice.image.height} px, 300 dpi)`],
    ['Licence', `${notice.creditLine} — Creative Commons Zero (CC0 1.0), ${CC0_URL}`],
  ];
  return `${lines
    .filter(([, value]) => value)
    .map(([label, value]) => `${label} : ${value}`)
    .join('\n')}\n`;
}

export function noticeJson(notice: PackageNotice): string {
  return `${JSON.stringify({ ...notice, licence: { name: 'CC0 1.0', url: CC0_URL, creditLine: notice.creditLine } }, null, 2)}\n`;
}

/** "PPP1001_cezanne-portrait-d-ambroise-vollard": ASCII, safe on every file system, recognisable. */
export function packageBaseName(notice: Pick<PackageNotice, 'inventoryNumber' | 'title' | 'creators'>): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const creator = notice.creators[0]?.name.split(/\s+/).pop() ?? '';
  const words = slug(`${creator} ${notice.title.fr}`).toLowerCase().slice(0, 80).replace(/-+$/, '');
  return `${slug(notice.inventoryNumber) || 'oeuvre'}_${words}`;
}
