import {
  compileMapping,
  creatorKey,
  csvLine,
  detectDelimiter,
  formatCreators,
  formatNotice,
  mappingErrors,
  NOTICE_COLUMN_NAMES,
  NOTICE_COLUMNS,
  NOTICE_DEFAULTS,
  parseCreator,
  parseCreators,
  proposeMapping,
  readRow,
  splitList,
  joinList,
  readCsvHead,
  Utf8Checker,
  type FlatNotice,
} from './index';

describe('csv text', () => {
  it.each([
    ['museum;inventory_number;title_fr', ';'],
    ['museum,inventory_number,title_fr', ','],
    ['"a;b",c,d', ','],
    ['"a,b";c;d', ';'],
    ['single', ';'],
  ])('detects the delimiter of %s', (line, expected) => expect(detectDelimiter(line)).toBe(expected));

  it.each([
    [['a', 'b'], 'a;b\r\n'],
    [['a;b', 'say "hi"'], '"a;b";"say ""hi"""\r\n'],
    [['line\nbreak', ' padded'], '"line\nbreak";" padded"\r\n'],
  ])('quotes %j', (values, expected) => expect(csvLine(values)).toBe(expected));

  it.each([
    ['a; b ;c', ['a', 'b', 'c']],
    ['a\\; b; c', ['a; b', 'c']],
    ['back\\\\slash; x', ['back\\slash', 'x']],
    [' ; ;', []],
  ])('splits %j', (cell, items) => expect(splitList(cell)).toEqual(items));

  it('joins what it splits', () => {
    const items = ['a; b', 'c\\d', 'e'];
    expect(splitList(joinList(items))).toEqual(items);
  });

  it('escapes the text each item is written as', () => {
    expect(joinList([{ n: 1 }, { n: 2 }], ({ n }) => `${n};${n}`)).toBe('1\\;1; 2\\;2');
    expect(joinList([], String)).toBe('');
  });

  it.each([
    [['', 'x', ''], ';x;\r\n'],
    [['\tindent', 'trail\u00a0'], '"\tindent";"trail\u00a0"\r\n'],
  ])('writes empty cells bare and quotes edge spaces: %j', (values, expected) => expect(csvLine(values)).toBe(expected));
});

describe('creators cell', () => {
  it.each([
    ['Claude Monet (1840-11-14–1926-12-05)', { name: 'Claude Monet', birthDate: '1840-11-14', deathDate: '1926-12-05', role: 'auteur' }],
    ['Berthe Morisot (1841–1895)', { name: 'Berthe Morisot', birthDate: '1841', deathDate: '1895', role: 'auteur' }],
    ['Berthe Morisot (1841-1895)', { name: 'Berthe Morisot', birthDate: '1841', deathDate: '1895', role: 'auteur' }],
    ['Rubens (1577–) [atelier de]', { name: 'Rubens', birthDate: '1577', deathDate: null, role: 'atelier de' }],
    ['  Anonyme   flamand  (–1600)', { name: 'Anonyme flamand', birthDate: null, deathDate: '1600', role: 'auteur' }],
    ['Jean (dit Le Bon) [attribué à]', { name: 'Jean (dit Le Bon)', birthDate: null, deathDate: null, role: 'attribué à' }],
    ['Nadar', { name: 'Nadar', birthDate: null, deathDate: null, role: 'auteur' }],
  ])('reads %s', (text, creator) => expect(parseCreator(text)).toEqual({ creator }));

  it.each([
    ['Monet (1926–1840)', /death date is before/],
    ['Monet (1840-13-01–1926)', /not a valid date/],
    ['Monet (1840)', /write life dates as/],
    ['(1840–1926)', /has no name/],
    ['Monet []', /empty role/],
  ])('refuses %s', (text, message) => {
    const parsed = parseCreator(text);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it('writes what it reads, in order', () => {
    const cell = 'Claude Monet (1840-11-14–1926-12-05); Berthe Morisot (1841–1895) [attribué à]; Nadar';
    const parsed = parseCreators(cell);
    expect('creators' in parsed && formatCreators(parsed.creators)).toBe(cell);
  });

  it('matches names without case or spacing differences, dates as written', () => {
    expect(creatorKey({ name: 'claude  MONET', birthDate: '1840', deathDate: null })).toBe(creatorKey({ name: 'Claude Monet', birthDate: '1840', deathDate: null }));
    expect(creatorKey({ name: 'Claude Monet', birthDate: '1840', deathDate: null })).not.toBe(creatorKey({ name: 'Claude Monet', birthDate: '1840-11-14', deathDate: null }));
  });
});

describe('column mapping', () => {
  it('proposes columns from names and aliases, ignoring case and accents, each column once', () => {
    expect(proposeMapping(['Musée', "N° d'inventaire", 'Titre', 'TITLE_EN', 'Auteurs', 'Mots-clés', 'Notes', 'titre'])).toEqual({
      Musée: 'museum',
      "N° d'inventaire": 'inventory_number',
      Titre: 'title_fr',
      TITLE_EN: 'title_en',
      Auteurs: 'creators',
      'Mots-clés': 'keywords',
      Notes: null,
      titre: null,
    });
  });

  it('maps an exported header one to one', () => {
    const mapping = proposeMapping(NOTICE_COLUMN_NAMES);
    expect(Object.entries(mapping).every(([header, column]) => header === column)).toBe(true);
    expect(mappingErrors(NOTICE_COLUMN_NAMES, mapping)).toEqual({});
  });

  it.each([
    [{ a: 'museum', b: 'inventory_number' }, { title_fr: 'is required: map a column of the file to it' }],
    [{ a: 'museum', b: 'inventory_number', c: 'title_fr', d: 'title_fr' }, { d: 'maps to "title_fr", already fed by the column "c"' }],
    [{ a: 'museum', b: 'inventory_number', c: 'title_fr', d: 'colour' }, { d: expect.stringMatching(/not a notice column/) }],
    [{ a: 'museum', b: 'inventory_number', c: 'title_fr', zz: null }, { zz: 'is not a column of the file' }],
  ])('finds the problems of %j', (mapping, errors) => expect(mappingErrors(['a', 'b', 'c', 'd'], mapping)).toEqual(errors));
});

describe('reading a row', () => {
  const headers = ['Musée', 'Inventaire', 'Titre', 'Début', 'Fin', '2D', 'Dimensions', 'Inscriptions', 'Mots-clés', 'Créateurs', 'Notes'];
  const mapping = compileMapping(headers, { ...proposeMapping(headers), Début: 'dating_start', Fin: 'dating_end' });
  const row = (overrides: Record<number, string>) => headers.map((_, i) => overrides[i] ?? ['PP', 'PPP1', 'Titre', '1880', '1881', 'oui', '', '', '', '', 'ignored'][i]);

  it('gives only the mapped values', () => {
    expect(readRow(mapping, row({ 6: 'hauteur 65,5 cm; cadre: largeur 81 cm', 7: 'signature (latin): Claude Monet\\; 1880', 8: 'paysage; Seine', 9: 'Monet (1840–1926)' }))).toEqual({
      values: {
        museum: 'PP',
        inventoryNumber: 'PPP1',
        titleFr: 'Titre',
        datingStartYear: 1880,
        datingEndYear: 1881,
        is2D: true,
        dimensions: [{ part: null, type: 'hauteur', value: 65.5, unit: 'cm' }, { part: 'cadre', type: 'largeur', value: 81, unit: 'cm' }],
        inscriptions: [{ type: 'signature', script: 'latin', text: 'Claude Monet; 1880' }],
        keywords: ['paysage', 'Seine'],
        creators: [{ name: 'Monet', birthDate: '1840', deathDate: '1926', role: 'auteur' }],
      },
      errors: {},
    });
  });

  it.each([
    [{ 0: '' }, { Musée: 'is required' }],
    [{ 2: 'x'.repeat(501) }, { Titre: 'is longer than 500 characters (501)' }],
    [{ 3: 'vers 1880' }, { Début: 'must be a year (a whole number), not "vers 1880"' }],
    [{ 4: '9999' }, { Fin: 'must be between -5000 and 2200' }],
    [{ 5: 'peut-être' }, { '2D': 'must be yes or no (oui/non, true/false, 1/0), not "peut-être"' }],
    [{ 6: 'hauteur 65 pouces' }, { Dimensions: expect.stringMatching(/unit must be one of mm, cm, m, g, kg/) }],
    [{ 6: 'grand' }, { Dimensions: expect.stringMatching(/is not a dimension/) }],
    [{ 7: 'illisible' }, { Inscriptions: expect.stringMatching(/is not an inscription/) }],
    [{ 9: 'Monet (1926–1840)' }, { Créateurs: expect.stringMatching(/death date is before/) }],
  ])('refuses %j naming the column', (overrides, errors) => expect(readRow(mapping, row(overrides)).errors).toEqual(errors));

  it('refuses a row whose cell count differs from the header', () => {
    expect(readRow(mapping, ['PP', 'x']).errors).toEqual({ '(row)': 'has 2 cells where the header has 11' });
  });
});

describe('export line', () => {
  it('reads back every column to the same notice', () => {
    const notice: FlatNotice = {
      ...NOTICE_DEFAULTS,
      museum: 'PP',
      inventoryNumber: 'PPP 1; bis',
      titleFr: 'Soleil couchant, "effet d\'hiver"',
      titleEn: 'Sunset',
      is2D: false,
      datingText: 'vers 1880',
      datingStartYear: 1879,
      datingEndYear: 1880,
      dimensions: [{ part: 'cadre', type: 'hauteur', value: 65.5, unit: 'cm' }],
      inscriptions: [{ type: 'signature', script: null, text: 'Claude Monet; 1880' }],
      descriptionFr: 'Ligne 1\nLigne 2',
      keywords: ['Seine', 'hiver'],
      anonymous: false,
      firstPublicationYear: 1881,
      creators: [{ name: 'Claude Monet', birthDate: '1840-11-14', deathDate: '1926-12-05', role: 'auteur' }],
    };
    const cells = formatNotice(notice);
    const read = readRow(compileMapping(NOTICE_COLUMN_NAMES, proposeMapping(NOTICE_COLUMN_NAMES)), cells);
    expect(read.errors).toEqual({});
    expect(read.values).toEqual(notice);
    expect(cells).toHaveLength(NOTICE_COLUMNS.length);
  });
});

describe('file head', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('accepts UTF-8 split anywhere, and names the line of the first bad byte', () => {
    const checker = new Utf8Checker();
    const text = bytes('a;b\nMusée;é\n');
    checker.push(text.slice(0, 7));
    checker.push(text.slice(7));
    expect(() => checker.end()).not.toThrow();
    const latin1 = new Utf8Checker();
    latin1.push(bytes('a;b\nok;ok\n'));
    expect(() => latin1.push(Uint8Array.from([0x4d, 0x75, 0x73, 0x0a, 0x65, 0xe9, 0x3b]))).toThrow('line 4 has bytes that are not UTF-8');
  });

  it.each([
    ['museum;inventory_number;title_fr\nPP;1;x', { delimiter: ';', headers: ['museum', 'inventory_number', 'title_fr'] }],
    ['\uFEFF"museum","title, fr"\r\n', { delimiter: ',', headers: ['museum', 'title, fr'] }],
    ['a;;c\n', { delimiter: ';', headers: ['a', 'column 2', 'c'] }],
  ])('reads the header of %j', (text, head) => expect(readCsvHead(text, true)).toEqual(head));

  it.each([
    ['', /empty/],
    ['a;b;a\n', /"a" twice/],
    ['"a;b\nc', /unclosed quote/],
    ['just text\n', /single column/],
  ])('refuses the header of %j', (text, message) => expect(() => readCsvHead(text, true)).toThrow(message));

  it('refuses a first line with no end in the head of a long file', () => {
    expect(() => readCsvHead('x;'.repeat(1000), false)).toThrow(/no end/);
  });
});
