/**
 * The public notice of a work: what the portal receives, what the public API serves and what the Commons
 * description is written from. Image URLs follow the rights (DESIGN.md §4–§6): an Open Content (CC0) work links
 * its web and HD images, IIIF tiles, manifest and download package; every other work links low definition only.
 */
import { allowsOpenContent, type DerivativeKind, type Licence, type RightsStatus } from '@oc/domain';
import { defaultCreditLine } from '@oc/media';

export type LanguageMap = Partial<Record<'fr' | 'en' | 'es', string>>;

export interface NoticeImage {
  id: string;
  primary: boolean;
  caption: string | null;
  photographerCredit: string | null;
  /** Only the kinds the rights let out and that exist. `tiles` is the IIIF Image API info.json. */
  urls: Partial<Record<'thumb' | 'web' | 'lowdef' | 'hd' | 'tiles', string>>;
  sizes: Partial<Record<'thumb' | 'web' | 'lowdef' | 'hd' | 'tiles', { width: number; height: number }>>;
}

export interface PublicNotice {
  id: string;
  museum: { id: string; code: string; name: LanguageMap };
  inventoryNumber: string;
  title: LanguageMap;
  objectType: string | null;
  dating: { text: string | null; startYear: number | null; endYear: number | null };
  creators: Array<{ name: string; role: string; birthDate: string | null; deathDate: string | null; wikidataId: string | null }>;
  anonymous: boolean;
  techniques: string | null;
  dimensions: Array<{ part: string | null; type: string; value: number; unit: string }>;
  inscriptions: Array<{ type: string; text: string; script: string | null }>;
  description: LanguageMap;
  keywords: string[];
  rights: { status: RightsStatus | null; licence: Licence | null; openContent: boolean; creditLine: string };
  images: NoticeImage[];
  links: { notice: string; manifest?: string; package?: string };
}

export interface NoticeRecord {
  work: {
    id: string;
    museumId: string;
    inventoryNumber: string;
    titleFr: string;
    titleEn: string | null;
    titleEs: string | null;
    objectType: string | null;
    datingText: string | null;
    datingStartYear: number | null;
    datingEndYear: number | null;
    anonymous: boolean;
    techniques: string | null;
    descriptionFr: string | null;
    descriptionEn: string | null;
    descriptionEs: string | null;
    keywords: string[];
    rightsStatus: RightsStatus | null;
    licence: Licence | null;
    creditLine: string | null;
    workflowState: string;
  };
  museum: { id: string; code: string; nameFr: string; nameEn: string | null; nameEs: string | null };
  creators: Array<{ name: string; role: string; birthDate: string | null; deathDate: string | null; wikidataId: string | null; commonsCreator: string | null }>;
  dimensions: Array<{ part: string | null; type: string; value: number; unit: string }>;
  inscriptions: Array<{ type: string; text: string; script: string | null }>;
  media: Array<{ id: string; isPrimary: boolean; caption: string | null; photographerCredit: string | null; derivatives: Array<{ kind: DerivativeKind; width: number; height: number }> }>;
}

/** Where the public API lives, e.g. `https://opencontent.example.org/public/v1`. */
export const publicApiBase = (publicBaseUrl: string) => `${publicBaseUrl.replace(/\/+$/, '')}/public/v1`;

export const publicUrls = (publicBaseUrl: string) => {
  const base = publicApiBase(publicBaseUrl);
  return {
    notice: (workId: string) => `${base}/works/${workId}`,
    manifest: (workId: string) => `${base}/works/${workId}/manifest`,
    package: (workId: string) => `${base}/works/${workId}/package`,
    image: (mediaId: string, kind: 'thumb' | 'web' | 'lowdef' | 'hd') => `${base}/images/${mediaId}/${kind}`,
    tiles: (mediaId: string) => `${base}/images/${mediaId}/tiles`,
    tilesInfo: (mediaId: string) => `${base}/images/${mediaId}/tiles/info.json`,
  };
};

/** Image kinds that leave the building, by rights: Open Content gets everything, the rest low definition only. */
export function publicImageKinds(openContent: boolean): Array<'thumb' | 'web' | 'lowdef' | 'hd' | 'tiles'> {
  return openContent ? ['thumb', 'web', 'hd', 'tiles'] : ['lowdef'];
}

export function languageMap(fr: string | null | undefined, en: string | null | undefined, es: string | null | undefined): LanguageMap {
  const map: LanguageMap = {};
  if (fr?.trim()) map.fr = fr;
  if (en?.trim()) map.en = en;
  if (es?.trim()) map.es = es;
  return map;
}

export function buildPublicNotice(record: NoticeRecord, publicBaseUrl: string): PublicNotice {
  const { work, museum } = record;
  const openContent = allowsOpenContent({ status: work.rightsStatus, licence: work.licence });
  const urls = publicUrls(publicBaseUrl);
  const kinds = publicImageKinds(openContent);
  const images: NoticeImage[] = record.media.map((m) => {
    const image: NoticeImage = { id: m.id, primary: m.isPrimary, caption: m.caption, photographerCredit: m.photographerCredit, urls: {}, sizes: {} };
    for (const d of m.derivatives) {
      const kind = d.kind as (typeof kinds)[number];
      if (!kinds.includes(kind)) continue;
      image.urls[kind] = kind === 'tiles' ? urls.tilesInfo(m.id) : urls.image(m.id, kind);
      image.sizes[kind] = { width: d.width, height: d.height };
    }
    return image;
  });
  const hasHd = images.some((i) => i.urls.hd);
  return {
    id: work.id,
    museum: { id: museum.id, code: museum.code, name: languageMap(museum.nameFr, museum.nameEn, museum.nameEs) },
    inventoryNumber: work.inventoryNumber,
    title: languageMap(work.titleFr, work.titleEn, work.titleEs),
    objectType: work.objectType,
    dating: { text: work.datingText, startYear: work.datingStartYear, endYear: work.datingEndYear },
    creators: record.creators.map(({ name, role, birthDate, deathDate, wikidataId }) => ({ name, role, birthDate, deathDate, wikidataId })),
    anonymous: work.anonymous,
    techniques: work.techniques,
    dimensions: record.dimensions,
    inscriptions: record.inscriptions,
    description: languageMap(work.descriptionFr, work.descriptionEn, work.descriptionEs),
    keywords: work.keywords,
    rights: { status: work.rightsStatus, licence: work.licence, openContent, creditLine: work.creditLine ?? defaultCreditLine(museum.nameFr) },
    images,
    links: {
      notice: urls.notice(work.id),
      ...(openContent ? { manifest: urls.manifest(work.id) } : {}),
      ...(openContent && hasHd ? { package: urls.package(work.id) } : {}),
    },
  };
}
