/**
 * Structured Data on Commons for an uploaded reproduction: the `data` of a Wikibase `wbeditentity` call on the
 * file's MediaInfo entity (`M<page id>`), as documented for Commons. Only statements we can back with facts are
 * made: P6243 (digital representation of) when the artwork has a Wikidata item, otherwise P180 (depicts) when the
 * subject is known; P170 (creator, "some value" when the creator has no item); P571 (inception); P6216 (copyright
 * status: public domain); P275 (licence: CC0).
 */

export const WIKIDATA = {
  publicDomain: 'Q19652',
  cc0: 'Q6938433',
  determinationDeathYear: 'Q29940705',
} as const;

export interface StructuredDataFacts {
  artworkQid: string | null;
  depictsQid: string | null;
  creatorQids: Array<string | null>;
  inceptionYear: number | null;
}

type Snak =
  | { snaktype: 'value'; property: string; datavalue: { type: 'wikibase-entityid'; value: { 'entity-type': 'item'; 'numeric-id': number; id: string } } }
  | { snaktype: 'value'; property: string; datavalue: { type: 'time'; value: Record<string, unknown> } }
  | { snaktype: 'somevalue'; property: string };

export interface WikibaseStatement {
  mainsnak: Snak;
  type: 'statement';
  rank: 'normal';
}

const QID = /^Q[1-9]\d*$/;

const item = (property: string, qid: string): WikibaseStatement => ({
  mainsnak: { snaktype: 'value', property, datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': Number(qid.slice(1)), id: qid } } },
  type: 'statement',
  rank: 'normal',
});

function year(property: string, value: number): WikibaseStatement {
  const sign = value < 0 ? '-' : '+';
  const time = `${sign}${String(Math.abs(value)).padStart(4, '0')}-00-00T00:00:00Z`;
  return {
    mainsnak: {
      snaktype: 'value',
      property,
      datavalue: { type: 'time', value: { time, timezone: 0, before: 0, after: 0, precision: 9, calendarmodel: 'http://www.wikidata.org/entity/Q1985727' } },
    },
    type: 'statement',
    rank: 'normal',
  };
}

export function structuredDataClaims(facts: StructuredDataFacts): { claims: WikibaseStatement[] } {
  const claims: WikibaseStatement[] = [];
  if (facts.artworkQid && QID.test(facts.artworkQid)) claims.push(item('P6243', facts.artworkQid));
  else if (facts.depictsQid && QID.test(facts.depictsQid)) claims.push(item('P180', facts.depictsQid));
  for (const creator of facts.creatorQids) {
    claims.push(creator && QID.test(creator) ? item('P170', creator) : { mainsnak: { snaktype: 'somevalue', property: 'P170' }, type: 'statement', rank: 'normal' });
  }
  if (facts.inceptionYear != null) claims.push(year('P571', facts.inceptionYear));
  claims.push(item('P6216', WIKIDATA.publicDomain));
  claims.push(item('P275', WIKIDATA.cc0));
  return { claims };
}
