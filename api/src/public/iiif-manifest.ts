/**
 * A IIIF Presentation 3 manifest for a public notice: one canvas per image. An Open Content work paints its HD
 * image with a level-0 Image API 3 service on the tile pyramid (deep zoom); any other work paints its
 * low-definition image only, without a service. Labels and metadata in French, English and Spanish where the
 * notice has them.
 */
import type { LanguageMap, NoticeImage, PublicNotice } from '@oc/connectors';

type IiifLanguageMap = Record<string, string[]>;

const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
const IN_COPYRIGHT = 'http://rightsstatements.org/vocab/InC/1.0/';

const lang = (map: LanguageMap): IiifLanguageMap => Object.fromEntries(Object.entries(map).map(([l, v]) => [l, [v as string]]));
const none = (value: string): IiifLanguageMap => ({ none: [value] });

const LABELS = {
  creator: { fr: ['Auteur'], en: ['Creator'], es: ['Autor'] },
  date: { fr: ['Datation'], en: ['Date'], es: ['Fecha'] },
  techniques: { fr: ['Techniques et matériaux'], en: ['Medium'], es: ['Técnica'] },
  dimensions: { fr: ['Dimensions'], en: ['Dimensions'], es: ['Dimensiones'] },
  museum: { fr: ['Musée'], en: ['Museum'], es: ['Museo'] },
  inventory: { fr: ['Numéro d’inventaire'], en: ['Inventory number'], es: ['Número de inventario'] },
  credit: { fr: ['Crédit'], en: ['Attribution'], es: ['Crédito'] },
};

function canvas(manifestId: string, image: NoticeImage, index: number, openContent: boolean, label: IiifLanguageMap): Record<string, unknown> | null {
  const canvasId = `${manifestId}/canvas/${index + 1}`;
  const kind = openContent ? (image.urls.hd ? 'hd' : image.urls.web ? 'web' : null) : image.urls.lowdef ? 'lowdef' : null;
  if (!kind) return null;
  const bodySize = image.sizes[kind] as { width: number; height: number };
  const size = openContent && image.sizes.tiles ? image.sizes.tiles : bodySize;
  const body: Record<string, unknown> = { id: image.urls[kind], type: 'Image', format: 'image/jpeg', width: bodySize.width, height: bodySize.height };
  if (openContent && image.urls.tiles) {
    body.service = [{ id: image.urls.tiles.replace(/\/info\.json$/, ''), type: 'ImageService3', profile: 'level0' }];
  }
  const thumbKind = openContent ? (image.urls.thumb ? 'thumb' : null) : 'lowdef';
  return {
    id: canvasId,
    type: 'Canvas',
    label,
    width: size.width,
    height: size.height,
    ...(thumbKind && image.urls[thumbKind]
      ? { thumbnail: [{ id: image.urls[thumbKind], type: 'Image', format: thumbKind === 'thumb' ? 'image/webp' : 'image/jpeg', ...image.sizes[thumbKind] }] }
      : {}),
    items: [
      {
        id: `${canvasId}/page/1`,
        type: 'AnnotationPage',
        items: [{ id: `${canvasId}/page/1/annotation/1`, type: 'Annotation', motivation: 'painting', body, target: canvasId }],
      },
    ],
  };
}

export function iiifManifest(notice: PublicNotice, manifestId: string): Record<string, unknown> | null {
  const label = lang(notice.title);
  const open = notice.rights.openContent;
  const canvases = notice.images.map((image, i) => canvas(manifestId, image, i, open, label)).filter((c): c is Record<string, unknown> => !!c);
  if (!canvases.length) return null;
  const metadata = [
    notice.creators.length ? { label: LABELS.creator, value: none(notice.creators.map((c) => (c.role === 'auteur' ? c.name : `${c.name} (${c.role})`)).join(' ; ')) } : null,
    notice.dating.text ? { label: LABELS.date, value: none(notice.dating.text) } : null,
    notice.techniques ? { label: LABELS.techniques, value: none(notice.techniques) } : null,
    notice.dimensions.length ? { label: LABELS.dimensions, value: none(notice.dimensions.map((d) => `${d.part ? `${d.part} : ` : ''}${d.type} ${d.value} ${d.unit}`).join(' ; ')) } : null,
    { label: LABELS.museum, value: lang(notice.museum.name) },
    { label: LABELS.inventory, value: none(notice.inventoryNumber) },
  ].filter(Boolean);
  const rights = open ? CC0 : notice.rights.status === 'in_copyright' ? IN_COPYRIGHT : undefined;
  return {
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: manifestId,
    type: 'Manifest',
    label,
    ...(Object.keys(notice.description).length ? { summary: lang(notice.description) } : {}),
    metadata,
    requiredStatement: { label: LABELS.credit, value: none(notice.rights.creditLine) },
    ...(rights ? { rights } : {}),
    provider: [{ id: `${notice.links.notice.replace(/\/[^/]+$/, '')}?museum=${encodeURIComponent(notice.museum.code)}`, type: 'Agent', label: lang(notice.museum.name) }],
    seeAlso: [{ id: notice.links.notice, type: 'Dataset', format: 'application/json', label: { en: ['Notice (JSON)'], fr: ['Notice (JSON)'] } }],
    ...(notice.links.package ? { rendering: [{ id: notice.links.package, type: 'Dataset', format: 'application/zip', label: { fr: ['Paquet de téléchargement (image HD, notice, charte CC0)'], en: ['Download package (HD image, notice, CC0 charter)'] } }] } : {}),
    items: canvases,
  };
}
