/**
 * The rights metadata embedded in the HD file (XMP, read by Lightroom, Bridge, exiftool and Wikimedia Commons):
 * the CC0 deed, the credit line, the title, the creator(s) and the source, so the image carries its terms with it.
 */
import { CC0_URL } from './specs';

export interface RightsMetadata {
  title: string;
  creators: string[];
  /** E.g. "CC0 Paris Musées / Musée Carnavalet". */
  creditLine: string;
  /** Where the image comes from: museum and inventory number, or the notice's public URL. */
  source: string;
  photographer?: string | null;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
const seq = (items: string[]) => `<rdf:Seq>${items.map((i) => `<rdf:li>${escapeXml(i)}</rdf:li>`).join('')}</rdf:Seq>`;

export function rightsXmp(meta: RightsMetadata): string {
  const contributor = meta.photographer ? `<dc:contributor><rdf:Bag><rdf:li>${escapeXml(meta.photographer)}</rdf:li></rdf:Bag></dc:contributor>` : '';
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"',
    ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"',
    ' xmlns:cc="http://creativecommons.org/ns#">',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    meta.creators.length ? `<dc:creator>${seq(meta.creators)}</dc:creator>` : '',
    contributor,
    `<dc:rights>${alt(`${meta.creditLine} — ${CC0_URL}`)}</dc:rights>`,
    `<dc:source>${escapeXml(meta.source)}</dc:source>`,
    '<xmpRights:Marked>False</xmpRights:Marked>',
    `<xmpRights:WebStatement>${CC0_URL}</xmpRights:WebStatement>`,
    `<xmpRights:UsageTerms>${alt(`CC0 1.0 Universal (Public Domain Dedication): ${CC0_URL}`)}</xmpRights:UsageTerms>`,
    `<cc:license rdf:resource="${CC0_URL}"/>`,
    `<photoshop:Credit>${escapeXml(meta.creditLine)}</photoshop:Credit>`,
    `<photoshop:Source>${escapeXml(meta.source)}</photoshop:Source>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('');
}
