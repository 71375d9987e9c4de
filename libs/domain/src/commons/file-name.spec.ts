import { COMMONS_FILE_NAME_MAX_BYTES, commonsFileName, normalizeFileTitle, sanitizeFileNamePart, truncateUtf8, utf8Bytes } from './file-name';

const monet = { creator: 'Claude Monet', title: "Soleil couchant sur la Seine à Lavacourt, effet d'hiver", inventoryNumber: 'PPP1234', museum: 'Petit Palais' };

describe('commonsFileName', () => {
  it.each([
    ['the plain pattern', monet, 1, "Claude Monet - Soleil couchant sur la Seine à Lavacourt, effet d'hiver - PPP1234 - Petit Palais.jpg"],
    ['an anonymous work', { ...monet, creator: null }, 1, "Anonyme - Soleil couchant sur la Seine à Lavacourt, effet d'hiver - PPP1234 - Petit Palais.jpg"],
    ['a collision', monet, 2, "Claude Monet - Soleil couchant sur la Seine à Lavacourt, effet d'hiver - PPP1234 - Petit Palais (2).jpg"],
    ['brackets and braces', { ...monet, title: 'Vue [Paris] {esquisse} <n°2>' }, 1, 'Claude Monet - Vue (Paris) (esquisse) (n°2) - PPP1234 - Petit Palais.jpg'],
    ['pipes, hashes, colons and slashes', { ...monet, title: 'A|B #3: C/D\\E', inventoryNumber: 'P#1/2' }, 1, 'Claude Monet - A-B -3- C-D-E - P-1-2 - Petit Palais.jpg'],
    ['wikitext in the title', { ...monet, title: '}}[[Category:Spam]]{{' }, 1, 'Claude Monet - ))((Category-Spam))(( - PPP1234 - Petit Palais.jpg'],
    ['percent escapes and tildes', { ...monet, title: '100%25 ~~~~ done' }, 1, 'Claude Monet - 100% 25 ~~ done - PPP1234 - Petit Palais.jpg'],
    ['underscores, tabs and new lines', { ...monet, title: 'Un_titre\tsur\ndeux  lignes' }, 1, 'Claude Monet - Un titre sur deux lignes - PPP1234 - Petit Palais.jpg'],
    ['a lower-case first letter', { ...monet, creator: 'van Gogh' }, 1, "Van Gogh - Soleil couchant sur la Seine à Lavacourt, effet d'hiver - PPP1234 - Petit Palais.jpg"],
    ['an empty title', { ...monet, title: '  ' }, 1, 'Claude Monet - Sans titre - PPP1234 - Petit Palais.jpg'],
    ['bidirectional marks', { ...monet, title: 'Titre\u202eélbat' }, 1, 'Claude Monet - Titre élbat - PPP1234 - Petit Palais.jpg'],
  ])('%s', (_case, parts, candidate, expected) => {
    expect(commonsFileName(parts, candidate)).toBe(expected);
  });

  it.each([
    ['ASCII', 'a'.repeat(400)],
    ['two-byte letters', 'é'.repeat(300)],
    ['three-byte characters', '東京の風景'.repeat(40)],
    ['four-byte characters', '𝔄𝔅'.repeat(100)],
    ['combining accents', 'e\u0301'.repeat(200)],
  ])('keeps a long %s title within 240 UTF-8 bytes, and a collision too', (_case, title) => {
    for (const candidate of [1, 2, 137]) {
      const name = commonsFileName({ ...monet, title }, candidate);
      expect(utf8Bytes(name)).toBeLessThanOrEqual(COMMONS_FILE_NAME_MAX_BYTES);
      expect(name).toContain(' - PPP1234 - Petit Palais');
      expect(name.endsWith(candidate > 1 ? ` (${candidate}).jpg` : '.jpg')).toBe(true);
      expect(name).not.toMatch(/\uFFFD/);
      expect(name).toMatch(/…/);
    }
  });

  it('never splits a character when cutting', () => {
    expect(truncateUtf8('aé', 2)).toBe('a');
    expect(truncateUtf8('a𝔄', 4)).toBe('a');
    expect(truncateUtf8('ae\u0301', 3)).toBe('a');
  });

  it('shortens the creator once the title alone cannot make room', () => {
    const name = commonsFileName({ ...monet, creator: 'X'.repeat(300), title: 'T' });
    expect(utf8Bytes(name)).toBeLessThanOrEqual(COMMONS_FILE_NAME_MAX_BYTES);
    expect(name).toContain('PPP1234');
  });

  it('sanitises parts and compares titles as the wiki does', () => {
    expect(sanitizeFileNamePart('  ..Vue_de   Paris  ')).toBe('Vue de Paris');
    expect(normalizeFileTitle('File:claude_Monet.jpg')).toBe('Claude Monet.jpg');
  });
});
