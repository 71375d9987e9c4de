import { commonsDeletionRequest, commonsFileDescription, type CommonsArtwork } from './file-description';
import { escapeWikitext, isSafeWikiTitle, languageText } from './wikitext';
import { structuredDataClaims } from './structured-data';

/** What wikitext would act on: none of these may survive escaping. */
const ACTIVE = /\{\{|\}\}|\[\[|\]\]|\||<|>|~~~|__|''|^[*#:;]|=/;

describe('escapeWikitext', () => {
  it.each([
    ['template close and category', '}}[[Category:Spam]]{{', '&#125;&#125;&#91;&#91;Category&#58;Spam&#93;&#93;&#123;&#123;'],
    ['a pipe', 'a | b', 'a &#124; b'],
    ['nowiki', '<nowiki>x</nowiki>', '&lt;nowiki&gt;x&lt;&#47;nowiki&gt;'.replace('&#47;', '/')],
    ['a template', '{{delete}}', '&#123;&#123;delete&#125;&#125;'],
    ['HTML', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an existing entity', '&lt;b&gt;', '&amp;lt&#59;b&amp;gt&#59;'],
    ['signatures', '~~~~', '&#126;&#126;&#126;&#126;'],
    ['magic words', '__NOTOC__', '&#95;&#95;NOTOC&#95;&#95;'],
    ['bold markup', "'''gras'''", '&#39;&#39;&#39;gras&#39;&#39;&#39;'],
    ['a list at line start', '* item\n# other', '&#42; item &#35; other'],
    ['an equals sign', 'a=b', 'a&#61;b'],
    ['plain French', 'Soleil couchant à Lavacourt', 'Soleil couchant à Lavacourt'],
    ['nothing', null, ''],
  ])('%s', (_case, input, expected) => {
    expect(escapeWikitext(input)).toBe(expected);
    expect(escapeWikitext(input)).not.toMatch(ACTIVE);
  });

  it('accepts only plain titles for names we write ourselves', () => {
    expect(isSafeWikiTitle('Paintings in the Petit Palais')).toBe(true);
    expect(isSafeWikiTitle('Spam]][[Category:X')).toBe(false);
    expect(isSafeWikiTitle("Bold''x")).toBe(false);
    expect(isSafeWikiTitle('')).toBe(false);
  });

  it('writes language templates with escaped text', () => {
    expect(languageText({ fr: 'Vue | de {{Paris}}', en: null, es: 'Vista' })).toBe('{{fr|1=Vue &#124; de &#123;&#123;Paris&#125;&#125;}} {{es|1=Vista}}');
  });
});

const artwork: CommonsArtwork = {
  creators: [{ name: 'Claude Monet', role: 'auteur', commonsCreator: 'Claude Monet' }],
  anonymous: false,
  title: { fr: '}}[[Category:Spam]]{{', en: 'Sunset', es: null },
  description: { fr: '<nowiki>x</nowiki> {{subst:evil}}', en: null, es: null },
  dating: '1880',
  medium: 'huile sur toile',
  dimensions: [{ part: null, type: 'hauteur', value: 60, unit: 'cm' }],
  museum: { name: 'Petit Palais', commonsInstitution: 'Petit Palais' },
  inventoryNumber: 'PPP1234',
  creditLine: 'CC0 Paris Musées / Petit Palais',
  sourceUrl: 'https://portal.example/oeuvres/1',
  licenceTemplate: '{{PD-Art|PD-old-auto-expired|deathyear=1926}}',
  categories: ['Paintings by Claude Monet', 'Petit Palais'],
};

describe('commonsFileDescription', () => {
  it('writes the Artwork template, the licence and the categories, with notice text inert', () => {
    const text = commonsFileDescription(artwork);
    expect(text).toContain('{{Artwork\n |artist = {{Creator:Claude Monet}}');
    expect(text).toContain(' |institution = {{Institution:Petit Palais}}');
    expect(text).toContain(' |source = [https://portal.example/oeuvres/1 Petit Palais]');
    expect(text).toContain('{{PD-Art|PD-old-auto-expired|deathyear=1926}}');
    expect(text).toContain('[[Category:Paintings by Claude Monet]]\n[[Category:Petit Palais]]');
    expect(text).not.toContain('[[Category:Spam]]');
    expect(text).not.toContain('<nowiki>');
    expect(text).not.toContain('{{subst:evil}}');
    // Exactly the categories we wrote, and the template closes once.
    expect(text.match(/\[\[Category:/g)).toHaveLength(2);
  });

  it.each([
    ['a licence template that is not ours', { licenceTemplate: '{{PD-Art}}[[Category:X]]' }],
    ['a source that is not a plain URL', { sourceUrl: 'https://x.example/a b]' }],
    ['a category with wikitext', { categories: ['A]][[Category:B'] }],
  ])('refuses %s', (_case, change) => {
    expect(() => commonsFileDescription({ ...artwork, ...change })).toThrow();
  });

  it('escapes a creator without a Creator template, and names anonymous works', () => {
    const text = commonsFileDescription({ ...artwork, creators: [{ name: 'X [[Y]]', role: 'atelier de', commonsCreator: 'Bad]]' }] });
    expect(text).toContain(' |artist = X &#91;&#91;Y&#93;&#93; (atelier de)');
    expect(commonsFileDescription({ ...artwork, creators: [], anonymous: true })).toContain(' |artist = {{anonymous}}');
    expect(commonsFileDescription({ ...artwork, licenceTemplate: '{{Art Photo|artwork license={{PD-old-auto-expired|deathyear=1926}}|photo license={{CC-zero}}}}' })).toContain('{{Art Photo|');
  });

  it('prepares a deletion request the rights manager can file', () => {
    const request = commonsDeletionRequest('File:A - B - C - D.jpg', 'http://wiki/File:A.jpg', 'Retrait | [[x]]', new Date('2026-03-04T10:00:00Z'));
    expect(request.page).toBe('Commons:Deletion requests/File:A - B - C - D.jpg');
    expect(request.fileTag).toBe('{{delete|reason=Retrait &#124; &#91;&#91;x&#93;&#93;|subpage=File:A - B - C - D.jpg|year=2026|month=3|day=4}}');
    expect(request.nomination).toBe('=== [[:File:A - B - C - D.jpg]] ===\nRetrait &#124; &#91;&#91;x&#93;&#93; ~~~~');
  });
});

describe('structuredDataClaims', () => {
  it('states what we know, and "some value" for a creator without a Wikidata item', () => {
    const { claims } = structuredDataClaims({ artworkQid: null, depictsQid: 'Q90', creatorQids: ['Q296', null], inceptionYear: 1880 });
    expect(claims.map((c) => c.mainsnak.property)).toEqual(['P180', 'P170', 'P170', 'P571', 'P6216', 'P275']);
    expect(claims[2].mainsnak.snaktype).toBe('somevalue');
    expect(JSON.stringify(claims[3])).toContain('+1880-00-00T00:00:00Z');
    expect(structuredDataClaims({ artworkQid: 'Q1', depictsQid: 'Q90', creatorQids: [], inceptionYear: null }).claims[0].mainsnak.property).toBe('P6243');
  });
});
