// Expected dates are worked out by hand from RIGHTS.md (comments show the sums), never copied from the implementation.
import { assessRights, type RightsCreatorInput, type RightsInput } from './assess-rights';

const AS_OF = '2026-11-26';

function assess(input: Partial<RightsInput>) {
  return assessRights({ creators: [], asOf: AS_OF, ...input });
}

function by(displayName: string, deathDate: string | null, more: Partial<RightsCreatorInput> = {}): RightsCreatorInput {
  return { displayName, deathDate, role: 'auteur', ...more };
}

const codes = (input: Partial<RightsInput>) => assess(input).reasons.map((r) => r.code);

describe('assessRights: public-domain date and status', () => {
  it.each<[string, Partial<RightsInput>, string, string | null, string[]]>([
    // Rule 1, base term: 1 January of (death year + 71).
    ['worked example: Monet died 5 Dec 1926 → 1 Jan 1997', { creators: [by('Claude Monet', '1926-12-05')], datingEndYear: 1880, is2D: true }, 'public_domain', '1997-01-01', ['base_term', 'us_public_domain']],
    ['the day before entry, 31 December, is still protected', { creators: [by('A', '1955-06-10')], asOf: '2025-12-31' }, 'in_copyright', '2026-01-01', ['base_term']],
    ['the day of entry, 1 January, is public domain', { creators: [by('A', '1955-06-10')], asOf: '2026-01-01' }, 'public_domain', '2026-01-01', ['base_term']],
    ['death on 31 December counts in its own year (1955 + 71)', { creators: [by('A', '1955-12-31')], asOf: '2026-01-01' }, 'public_domain', '2026-01-01', ['base_term']],
    ['death on 1 January waits the whole next year (1956 + 71)', { creators: [by('A', '1956-01-01')] }, 'in_copyright', '2027-01-01', ['base_term']],
    ['still protected on the last day of the 70th year', { creators: [by('A', '1956-03-01')], asOf: '2026-12-31' }, 'in_copyright', '2027-01-01', ['base_term']],
    ['partial death date, year only: 1926 + 71', { creators: [by('A', '1926')] }, 'public_domain', '1997-01-01', ['base_term']],
    ['partial death date, year and month: 1926 + 71', { creators: [by('A', '1926-12')] }, 'public_domain', '1997-01-01', ['base_term']],

    // Rule 2, collaboration: the last surviving co-author counts.
    ['collaboration: last survivor died 1960 → 2031', { creators: [by('A', '1950-02-01'), by('B', '1960-07-01')] }, 'in_copyright', '2031-01-01', ['collaboration_last_survivor', 'base_term']],
    ['collaboration: order of the creators does not matter', { creators: [by('B', '1960-07-01'), by('A', '1950-02-01')] }, 'in_copyright', '2031-01-01', ['collaboration_last_survivor']],
    ['"attribué à" counts as an author (died 1980 → 2051)', { creators: [by('A', '1940'), by('B', '1980', { role: 'attribué à' })] }, 'in_copyright', '2051-01-01', ['collaboration_last_survivor']],
    ['"atelier de": the master is the author (Rubens 1640 → 1711)', { creators: [by('Pierre Paul Rubens', '1640-05-30', { role: 'atelier de' })] }, 'public_domain', '1711-01-01', ['workshop_or_after', 'base_term']],
    ['"d\'après": the master is the author (Picasso 1973 → 2044)', { creators: [by('Pablo Picasso', '1973-04-08', { role: "d'après" })] }, 'in_copyright', '2044-01-01', ['workshop_or_after', 'base_term']],
    ['photographer of the reproduction is not an author (1900 → 1971)', { creators: [by('A', '1900'), by('Photo', '1990', { role: 'photographe' })] }, 'public_domain', '1971-01-01', ['not_an_author', 'base_term']],
    ['publisher is not an author (1890 → 1961)', { creators: [by('A', '1890'), by('Éditions X', '1950', { role: 'éditeur' })] }, 'public_domain', '1961-01-01', ['not_an_author']],
    ['founder of a cast is not an author (Rodin 1917 → 1988)', { creators: [by('Auguste Rodin', '1917-11-17'), by('Eugène Rudier', '1952', { role: 'fondeur' })] }, 'public_domain', '1988-01-01', ['not_an_author']],
    ['roles are read whatever their case', { creators: [by('A', '1900'), by('Photo', '2000', { role: ' Photographe ' })] }, 'public_domain', '1971-01-01', ['not_an_author']],
    ['typographic apostrophe in "d’après" is the same role', { creators: [by('A', '1900', { role: 'd’après' })] }, 'public_domain', '1971-01-01', ['workshop_or_after']],
    ['an engraver after a master is a co-author (1960 → 2031)', { creators: [by('Master', '1900', { role: "d'après" }), by('Engraver', '1960', { role: 'graveur' })] }, 'in_copyright', '2031-01-01', ['workshop_or_after', 'collaboration_last_survivor']],
    ['no role given counts as an author', { creators: [{ displayName: 'A', deathDate: '1960' }] }, 'in_copyright', '2031-01-01', ['base_term']],
    ['only a photographer and not anonymous: unknown', { creators: [by('Photo', '1990', { role: 'photographe' })] }, 'unknown', null, ['not_an_author', 'no_creator']],
    ['co-author without a death date: unknown, even beside one who died in 1800', { creators: [by('A', '1800'), by('B', null)] }, 'unknown', null, ['death_date_unknown']],

    // Rule 3, anonymous, pseudonymous, collective: from publication (first publication, else latest dating year).
    ['anonymous, first published 1950 → 2021', { anonymous: true, firstPublicationYear: 1950, datingEndYear: 1948 }, 'public_domain', '2021-01-01', ['anonymous_publication']],
    ['anonymous, no publication year: dating 1960 → 2031', { anonymous: true, datingEndYear: 1960 }, 'in_copyright', '2031-01-01', ['anonymous_publication']],
    ['anonymous, the day before entry', { anonymous: true, datingEndYear: 1955, asOf: '2025-12-31' }, 'in_copyright', '2026-01-01', ['anonymous_publication']],
    ['anonymous, the day of entry', { anonymous: true, datingEndYear: 1955, asOf: '2026-01-01' }, 'public_domain', '2026-01-01', ['anonymous_publication']],
    ['anonymous, dated 1800 and published 1900: 25 years → 1926', { anonymous: true, datingEndYear: 1800, firstPublicationYear: 1900 }, 'public_domain', '1926-01-01', ['anonymous_late_publication']],
    ['anonymous, published exactly 70 years after creation: 70-year term (1970 + 71)', { anonymous: true, datingEndYear: 1900, firstPublicationYear: 1970 }, 'in_copyright', '2041-01-01', ['anonymous_publication']],
    ['anonymous, published 71 years after creation: 25-year term (1971 + 26)', { anonymous: true, datingEndYear: 1900, firstPublicationYear: 1971 }, 'public_domain', '1997-01-01', ['anonymous_late_publication']],
    ['anonymous, late publication still running (2010 + 26)', { anonymous: true, datingEndYear: 1900, firstPublicationYear: 2010 }, 'in_copyright', '2036-01-01', ['anonymous_late_publication']],
    ['anonymous with neither publication nor dating: unknown', { anonymous: true }, 'unknown', null, ['publication_date_unknown']],
    ['anonymous yet naming an author: later of both (2061 vs 2021), for review', { anonymous: true, firstPublicationYear: 1990, creators: [by('A', '1950')] }, 'in_copyright', '2061-01-01', ['base_term', 'anonymous_publication', 'manual_review']],
    ['anonymous with only a photographer named: the anonymous rule alone', { anonymous: true, datingEndYear: 1850, creators: [by('Photo', '1990', { role: 'photographe' })] }, 'public_domain', '1921-01-01', ['not_an_author', 'anonymous_publication']],

    // Rule 4, posthumous works.
    ['posthumous, published within the term: base term (1950 → 2021)', { creators: [by('A', '1950')], posthumousPublicationYear: 1990 }, 'public_domain', '2021-01-01', ['base_term', 'posthumous_within_term']],
    ['posthumous, published in the last year of the term: base term (1900 → 1971)', { creators: [by('A', '1900')], posthumousPublicationYear: 1970 }, 'public_domain', '1971-01-01', ['posthumous_within_term']],
    ['posthumous, published the year the term expired: 25 years (1971 + 26)', { creators: [by('A', '1900')], posthumousPublicationYear: 1971 }, 'public_domain', '1997-01-01', ['posthumous_after_term']],
    ['posthumous, published long after: 25 years still running (2010 + 26)', { creators: [by('A', '1900')], posthumousPublicationYear: 2010 }, 'in_copyright', '2036-01-01', ['posthumous_after_term']],
    ['posthumous collaboration within the last survivor\'s term (1950 → 2021)', { creators: [by('A', '1930'), by('B', '1950')], posthumousPublicationYear: 2020 }, 'public_domain', '2021-01-01', ['collaboration_last_survivor', 'posthumous_within_term']],
    ['posthumous collaboration after the last survivor\'s term (2025 + 26)', { creators: [by('A', '1930'), by('B', '1950')], posthumousPublicationYear: 2025 }, 'in_copyright', '2051-01-01', ['posthumous_after_term']],

    // Rule 5, mort pour la France: 50 years (+ 6 y 152 d up to 1920) (+ 8 y 120 d up to 1947) + 30 years, later of this and rule 1.
    ['MPF, published 1913: 1919 + 94 y = 1 Jan 2013, + 272 d = 30 Sep 2013', { creators: [by('Guillaume Apollinaire', '1918-11-09', { diedForFrance: true })], firstPublicationYear: 1913 }, 'public_domain', '2013-09-30', ['died_for_france']],
    ['MPF, the day before entry', { creators: [by('Guillaume Apollinaire', '1918-11-09', { diedForFrance: true })], firstPublicationYear: 1913, asOf: '2013-09-29' }, 'in_copyright', '2013-09-30', ['died_for_france']],
    ['MPF, the day of entry', { creators: [by('Guillaume Apollinaire', '1918-11-09', { diedForFrance: true })], firstPublicationYear: 1913, asOf: '2013-09-30' }, 'public_domain', '2013-09-30', ['died_for_france']],
    ['MPF, leap year in the 272 days: 1 Jan 2012 + 272 d = 29 Sep 2012', { creators: [by('A', '1917', { diedForFrance: true })], firstPublicationYear: 1914 }, 'public_domain', '2012-09-29', ['died_for_france']],
    ['MPF, published 1930: 1941 + 88 y = 1 Jan 2029, + 120 d = 1 May 2029', { creators: [by('A', '1940-06-15', { diedForFrance: true })], firstPublicationYear: 1930 }, 'in_copyright', '2029-05-01', ['died_for_france']],
    ['MPF, leap year in the 120 days: 1 Jan 2028 + 120 d = 30 Apr 2028', { creators: [by('A', '1939', { diedForFrance: true })], firstPublicationYear: 1935 }, 'in_copyright', '2028-04-30', ['died_for_france']],
    ['MPF, published 1950: 1961 + 80 y', { creators: [by('A', '1960', { diedForFrance: true })], firstPublicationYear: 1950 }, 'in_copyright', '2041-01-01', ['died_for_france']],
    ['MPF, published in 1920 keeps L123-8: 1945 + 94 y + 272 d', { creators: [by('A', '1944', { diedForFrance: true })], firstPublicationYear: 1920 }, 'in_copyright', '2039-09-30', ['died_for_france']],
    ['MPF, published in 1921 loses L123-8: 1945 + 88 y + 120 d', { creators: [by('A', '1944', { diedForFrance: true })], firstPublicationYear: 1921 }, 'in_copyright', '2033-05-01', ['died_for_france']],
    ['MPF, published in 1947 keeps L123-9: 1951 + 88 y + 120 d', { creators: [by('A', '1950', { diedForFrance: true })], firstPublicationYear: 1947 }, 'in_copyright', '2039-05-01', ['died_for_france']],
    ['MPF, published in 1948 loses L123-9: 1951 + 80 y', { creators: [by('A', '1950', { diedForFrance: true })], firstPublicationYear: 1948 }, 'in_copyright', '2031-01-01', ['died_for_france']],
    ['MPF, later-of rule: 80 years (2025) beats the base term (1944 + 71 = 2015)', { creators: [by('A', '1944-08-31', { diedForFrance: true })], firstPublicationYear: 1950 }, 'public_domain', '2025-01-01', ['died_for_france']],
    ['MPF, publication taken from the dating (1915): 1917 + 94 y + 272 d', { creators: [by('A', '1916', { diedForFrance: true })], datingEndYear: 1915 }, 'public_domain', '2011-09-30', ['died_for_france']],
    ['MPF, no publication nor dating: longest term assumed, for review', { creators: [by('A', '1944', { diedForFrance: true })] }, 'in_copyright', '2039-09-30', ['died_for_france', 'manual_review']],
    ['MPF co-author, last survivor decides (2021 after 30 Sep 2011), for review', { creators: [by('A', '1916', { diedForFrance: true }), by('B', '1950')], firstPublicationYear: 1912 }, 'public_domain', '2021-01-01', ['collaboration_last_survivor', 'base_term', 'died_for_france', 'manual_review']],
    ['MPF co-author outlasts the last survivor (30 Sep 2011 after 2001), for review', { creators: [by('A', '1916', { diedForFrance: true }), by('B', '1930')], firstPublicationYear: 1912 }, 'public_domain', '2011-09-30', ['collaboration_last_survivor', 'base_term', 'died_for_france', 'manual_review']],

    // Rule 7, unknown facts: never a guess.
    ['no death date: unknown', { creators: [by('Jeanne Dupont', null)] }, 'unknown', null, ['death_date_unknown']],
    ['only a birth date (1404): still unknown', { creators: [{ displayName: 'A', birthDate: '1404', role: 'auteur' }] }, 'unknown', null, ['death_date_unknown']],
    ['unreadable death date: unknown', { creators: [by('A', 'vers 1900')] }, 'unknown', null, ['death_date_unknown']],
    ['no creator and not anonymous: unknown', { creators: [], datingEndYear: 1500 }, 'unknown', null, ['no_creator']],
  ])('%s', (_label, input, status, date, expectedCodes) => {
    const result = assess(input);
    expect(result.status).toBe(status);
    expect(result.publicDomainDate).toBe(date);
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(expectedCodes));
  });
});

describe('assessRights: manual review', () => {
  it.each<[string, boolean, Partial<RightsInput>]>([
    ['single author', false, { creators: [by('A', '1900')] }],
    ['collaboration without MPF', false, { creators: [by('A', '1900'), by('B', '1910')] }],
    ['single MPF author with a publication year', false, { creators: [by('A', '1916', { diedForFrance: true })], firstPublicationYear: 1912 }],
    ['MPF co-author', true, { creators: [by('A', '1916', { diedForFrance: true }), by('B', '1950')], firstPublicationYear: 1912 }],
    ['MPF without a publication year', true, { creators: [by('A', '1916', { diedForFrance: true })] }],
    ['anonymous yet naming an author', true, { anonymous: true, datingEndYear: 1900, creators: [by('A', '1900')] }],
  ])('%s → %s', (_label, review, input) => {
    expect(assess(input).needsManualReview).toBe(review);
  });
});

describe('assessRights: Cour de cassation 2007 on war-time extensions (rule 6)', () => {
  it.each<[string, boolean, Partial<RightsInput>]>([
    ['work of 1930 by an author who did not die for France', true, { creators: [by('A', '1940')], datingEndYear: 1930 }],
    ['work of 1947', true, { creators: [by('A', '1990')], datingEndYear: 1947 }],
    ['work of 1948', false, { creators: [by('A', '1990')], datingEndYear: 1948 }],
    ['first publication in 1950 of a work dated 1940', false, { creators: [by('A', '1990')], datingEndYear: 1940, firstPublicationYear: 1950 }],
    ['undated work by an author who died in 1930', true, { creators: [by('A', '1930')] }],
    ['anonymous work of 1900', true, { anonymous: true, datingEndYear: 1900 }],
    ['author who died for France', false, { creators: [by('A', '1916', { diedForFrance: true })], datingEndYear: 1912 }],
    ['collaboration with an MPF co-author and another who was not', true, { creators: [by('A', '1916', { diedForFrance: true }), by('B', '1950')], datingEndYear: 1912 }],
    ['unknown status', false, { creators: [by('A', null)], datingEndYear: 1900 }],
  ])('%s → %s', (_label, present, input) => {
    expect(codes(input).includes('war_extensions_absorbed')).toBe(present);
  });
});

describe('assessRights: reproductions (rule 8) and the Commons licence template', () => {
  it.each<[string, Partial<RightsInput>, boolean, string | null, string[]]>([
    ['2D public domain', { creators: [by('A', '1900')], is2D: true }, false, '{{PD-Art|PD-old-auto-expired|deathyear=1900}}', ['reproduction_no_new_rights']],
    ['2D not stated: treated as 2D', { creators: [by('A', '1900')] }, false, '{{PD-Art|PD-old-auto-expired|deathyear=1900}}', ['reproduction_no_new_rights']],
    ['3D public domain', { creators: [by('Antoine Bourdelle', '1929-10-01')], is2D: false }, true, '{{Art Photo|artwork license={{PD-old-auto-expired|deathyear=1929}}|photo license={{CC-zero}}}}', ['photo_licence_needed']],
    ['3D under copyright still needs the photograph confirmed', { creators: [by('Ossip Zadkine', '1967-11-25')], is2D: false }, true, null, ['photo_licence_needed']],
    ['collaboration cites the last death year', { creators: [by('A', '1880'), by('B', '1900')] }, false, '{{PD-Art|PD-old-auto-expired|deathyear=1900}}', []],
    ['anonymous 2D', { anonymous: true, datingEndYear: 1800 }, false, '{{PD-Art|PD-anon-expired}}', []],
    ['anonymous 3D', { anonymous: true, datingEndYear: 1800, is2D: false }, true, '{{Art Photo|artwork license={{PD-anon-expired}}|photo license={{CC-zero}}}}', ['photo_licence_needed']],
    ['no template while unknown', { creators: [by('A', null)] }, false, null, []],
  ])('%s', (_label, input, photo, template, expectedCodes) => {
    const result = assess(input);
    expect(result.needsPhotoLicenceConfirmation).toBe(photo);
    expect(result.commonsLicenceTemplate).toBe(template);
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(expectedCodes));
  });

  it('says nothing about faithful reproductions of a work under copyright', () => {
    expect(codes({ creators: [by('A', '1990')], is2D: true })).not.toContain('reproduction_no_new_rights');
  });
});

describe('assessRights: Commons eligibility (public domain in France and in the US)', () => {
  const delaunay = { creators: [by('Robert Delaunay', '1941-10-25')], datingEndYear: 1938, is2D: true };

  it.each<[string, Partial<RightsInput>, string, boolean, boolean, string]>([
    ['Delaunay 1938, died 1941: PD in France since 2012, not in the US in 2026', delaunay, 'public_domain', false, false, 'us_not_public_domain'],
    ['Delaunay on 31 Dec 2033: 1938 is not before 1 Jan 1938', { ...delaunay, asOf: '2033-12-31' }, 'public_domain', false, false, 'us_not_public_domain'],
    ['Delaunay on 1 Jan 2034: 1938 is before 1 Jan 1939', { ...delaunay, asOf: '2034-01-01' }, 'public_domain', true, true, 'us_public_domain'],
    ['work of 1930 in 2026: before 1 Jan 1931', { creators: [by('A', '1940')], datingEndYear: 1930 }, 'public_domain', true, true, 'us_public_domain'],
    ['work of 1931 in 2026: not before 1 Jan 1931', { creators: [by('A', '1940')], datingEndYear: 1931 }, 'public_domain', false, false, 'us_not_public_domain'],
    ['no dating nor publication: not eligible', { creators: [by('A', '1800')] }, 'public_domain', false, false, 'us_date_unknown'],
    ['first published (1935) after its dating (1920): the later year counts', { creators: [by('A', '1940')], datingEndYear: 1920, firstPublicationYear: 1935 }, 'public_domain', false, false, 'us_not_public_domain'],
    ['old work still protected in France: not eligible', { creators: [by('A', '1960')], datingEndYear: 1900 }, 'in_copyright', true, false, 'us_public_domain'],
    ['posthumous publication (1990) counts for the US', { creators: [by('A', '1900')], datingEndYear: 1890, posthumousPublicationYear: 1990 }, 'public_domain', false, false, 'us_not_public_domain'],
  ])('%s', (_label, input, status, usPublicDomain, commonsEligible, usCode) => {
    const result = assess(input);
    expect(result.status).toBe(status);
    expect(result.usPublicDomain).toBe(usPublicDomain);
    expect(result.commonsEligible).toBe(commonsEligible);
    expect(result.reasons.map((r) => r.code)).toContain(usCode);
  });

  it('worked example: Monet is public domain, CC0 possible and Commons eligible', () => {
    expect(assess({ creators: [by('Claude Monet', '1926-12-05')], datingEndYear: 1880, is2D: true })).toMatchObject({
      status: 'public_domain',
      publicDomainDate: '1997-01-01',
      usPublicDomain: true,
      commonsEligible: true,
      needsManualReview: false,
      needsPhotoLicenceConfirmation: false,
      commonsLicenceTemplate: '{{PD-Art|PD-old-auto-expired|deathyear=1926}}',
    });
  });
});

describe('assessRights: the reasons read as sentences naming the creator and the dates', () => {
  const reason = (input: Partial<RightsInput>, code: string) => assess(input).reasons.find((r) => r.code === code);

  it.each<[string, Partial<RightsInput>, string, 'fr' | 'en', string]>([
    ['Monet, English', { creators: [by('Claude Monet', '1926-12-05')] }, 'base_term', 'en', 'Claude Monet died 5 Dec 1926; 70 years after 1 January 1927 (CPI art. L123-1): public domain since 1 Jan 1997'],
    ['Monet, French', { creators: [by('Claude Monet', '1926-12-05')] }, 'base_term', 'fr', 'Décès de Claude Monet le 5 déc. 1926 ; 70 ans à compter du 1er janvier 1927 (CPI art. L123-1) : dans le domaine public depuis le 1er janv. 1997'],
    ['year-only death date', { creators: [by('Auguste Charpentier', '1880')] }, 'base_term', 'en', 'Auguste Charpentier died in 1880; 70 years after 1 January 1881 (CPI art. L123-1): public domain since 1 Jan 1951'],
    ['year-month death date, French', { creators: [by('Auguste Charpentier', '1880-03')] }, 'base_term', 'fr', "Décès d'Auguste Charpentier en mars 1880 ; 70 ans à compter du 1er janvier 1881 (CPI art. L123-1) : dans le domaine public depuis le 1er janv. 1951"],
    ['future entry, English', { creators: [by('Ossip Zadkine', '1967-11-25')] }, 'base_term', 'en', 'Ossip Zadkine died 25 Nov 1967; 70 years after 1 January 1968 (CPI art. L123-1): public domain on 1 Jan 2038'],
    ['future entry, French', { creators: [by('Ossip Zadkine', '1967-11-25')] }, 'base_term', 'fr', "Décès d'Ossip Zadkine le 25 nov. 1967 ; 70 ans à compter du 1er janvier 1968 (CPI art. L123-1) : entre dans le domaine public le 1er janv. 2038"],
    ['unknown death date', { creators: [by('Jeanne Dupont', null)] }, 'death_date_unknown', 'en', 'Death date of Jeanne Dupont unknown: the public-domain date cannot be computed'],
    ['unknown death date, French elision', { creators: [by('Élisabeth Vigée', null)] }, 'death_date_unknown', 'fr', "Date de décès d'Élisabeth Vigée inconnue : la date d'entrée dans le domaine public ne peut pas être calculée"],
    ['creator without a name (the calculator API)', { creators: [{ deathDate: null }] }, 'death_date_unknown', 'en', 'Death date of Creator no. 1 unknown: the public-domain date cannot be computed'],
    [
      'mort pour la France',
      { creators: [by('Guillaume Apollinaire', '1918-11-09', { diedForFrance: true })], firstPublicationYear: 1913 },
      'died_for_france',
      'en',
      'Guillaume Apollinaire died 9 Nov 1918, mort pour la France, work first published in 1913; 50 years after 1 January 1919, plus 6 years and 152 days (L123-8), plus 8 years and 120 days (L123-9), plus 30 years (L123-10) = 94 years and 272 days; the later of this and the term of art. L123-1 (1 Jan 1989): public domain since 30 Sep 2013',
    ],
    [
      'later-of rule names both dates',
      { creators: [by('A', '1944-08-31', { diedForFrance: true })], firstPublicationYear: 1950 },
      'died_for_france',
      'en',
      'A died 31 Aug 1944, mort pour la France, work first published in 1950; 50 years after 1 January 1945, plus 30 years (L123-10) = 80 years; the later of this and the term of art. L123-1 (1 Jan 2015): public domain since 1 Jan 2025',
    ],
    [
      'collaboration names the last survivor, a year-only death outliving a dated one',
      { creators: [by('A', '1960'), by('B', '1960-03-03')] },
      'collaboration_last_survivor',
      'en',
      'Work of collaboration (CPI art. L123-2) by A (died in 1960), B (died 3 Mar 1960): the term runs from the death of the last surviving co-author, A',
    ],
    [
      'Delaunay in the US',
      { creators: [by('Robert Delaunay', '1941-10-25')], datingEndYear: 1938 },
      'us_not_public_domain',
      'en',
      'Work of 1938, not before 1 January 1931: not public domain in the United States until 1 Jan 2034; not sent to Wikimedia Commons unless a US rationale is recorded',
    ],
  ])('%s', (_label, input, code, lang, text) => {
    expect(reason(input, code)?.[lang]).toBe(text);
  });

  it('a late publication tells who holds the 25-year right', () => {
    const text = reason({ creators: [by('A', '1900')], posthumousPublicationYear: 1971 }, 'posthumous_after_term');
    expect(text?.en).toContain('whoever first publishes the work');
    expect(text?.fr).toContain("qui publie l'œuvre le premier");
  });

  it('every reason has both languages', () => {
    const result = assess({ creators: [by('A', '1916', { diedForFrance: true }), by('B', '1950'), by('P', '1990', { role: 'photographe' })], is2D: false });
    for (const r of result.reasons) {
      expect(r.fr.length).toBeGreaterThan(0);
      expect(r.en.length).toBeGreaterThan(0);
    }
  });
});

describe('assessRights: input', () => {
  it.each(['2026', '2026-11', '26/11/2026', ''])('refuses asOf "%s"', (asOf) => {
    expect(() => assessRights({ creators: [], asOf })).toThrow(RangeError);
  });
});

// /work/shared/data/demo-works.csv, as of 2026-11-26 (US cut-off: before 1 January 1931).
describe('assessRights: demo works as of 2026-11-26', () => {
  it.each<[string, string, string, number, boolean, string, string, boolean]>([
    // title, creator, death, dating end, 2D, status, date (death year + 71), Commons eligible
    ['Soleil couchant sur la Seine à Lavacourt', 'Claude Monet', '1926-12-05', 1880, true, 'public_domain', '1997-01-01', true],
    ['Personnages dans un intérieur. La musique', 'Édouard Vuillard', '1940-06-21', 1896, true, 'public_domain', '2011-01-01', true],
    ['Rythme n°2', 'Robert Delaunay', '1941-10-25', 1938, true, 'public_domain', '2012-01-01', false],
    ["Portrait de l'artiste en costume oriental", 'Rembrandt Harmensz. van Rijn', '1669-10-04', 1631, true, 'public_domain', '1740-01-01', true],
    ['Marie de Rabutin-Chantal, marquise de Sévigné', 'Claude Lefèbvre', '1675-04-25', 1665, true, 'public_domain', '1746-01-01', true],
    ['La Tourgue en 1835', 'Victor Hugo', '1885-05-22', 1876, true, 'public_domain', '1956-01-01', true],
    ['Portrait de George Sand', 'Auguste Charpentier', '1880', 1839, true, 'public_domain', '1951-01-01', true],
    ["Portrait d'Ambroise Vollard", 'Paul Cézanne', '1906-10-22', 1899, true, 'public_domain', '1977-01-01', true],
    ['Femme aux yeux bleus', 'Amedeo Modigliani', '1920-01-24', 1918, true, 'public_domain', '1991-01-01', true],
    ['Vue de la place Saint-Marc, à Venise', 'Francesco Guardi', '1793-01-01', 1760, true, 'public_domain', '1864-01-01', true],
    ['Portrait de Sarah Bernhardt', 'Georges Jules Victor Clairin', '1919-01-02', 1876, true, 'public_domain', '1990-01-01', true],
    ['La Présentation au Temple', 'Jacques Daret', '1468', 1435, true, 'public_domain', '1539-01-01', true],
    ['Le Grand Canal, vu du pont du Rialto', 'Giovanni Antonio Canal dit Canaletto', '1768-04-19', 1725, true, 'public_domain', '1839-01-01', true],
    ['Nu dans le bain', 'Pierre Bonnard', '1947-01-23', 1936, true, 'public_domain', '2018-01-01', false],
    ['Nature morte au chaudron de cuivre', 'Jean-Siméon Chardin', '1779-12-06', 1735, true, 'public_domain', '1850-01-01', true],
    ['Les demoiselles des bords de la Seine (été)', 'Gustave Courbet', '1877-12-31', 1857, true, 'public_domain', '1948-01-01', true],
    ['Le Burg à la croix', 'Victor Hugo', '1885-05-22', 1850, true, 'public_domain', '1956-01-01', true],
    ['Marietta', 'Camille Corot', '1875-02-22', 1843, true, 'public_domain', '1946-01-01', true],
    ['La Bastille, dans les premiers jours de sa démolition', 'Hubert Robert', '1808-04-15', 1789, true, 'public_domain', '1879-01-01', true],
    ['Le retour de chasse de Diane', 'François Boucher', '1770-05-30', 1745, true, 'public_domain', '1841-01-01', true],
    ['Portrait de Juliette Récamier (dating as printed, after death)', 'François Gérard', '1837-01-11', 1905, true, 'public_domain', '1908-01-01', true],
    ['Héraklès archer (sculpture)', 'Antoine Bourdelle', '1929-10-01', 1909, false, 'public_domain', '2000-01-01', true],
    ['La Prisonnière (sculpture)', 'Ossip Zadkine', '1967-11-25', 1943, false, 'in_copyright', '2038-01-01', false],
  ])('%s — %s', (_title, name, death, datingEndYear, is2D, status, date, commonsEligible) => {
    const role = name === 'Claude Lefèbvre' ? 'attribué à' : 'auteur';
    const result = assess({ creators: [by(name, death, { role })], datingEndYear, is2D });
    expect(result).toMatchObject({ status, publicDomainDate: date, commonsEligible, needsPhotoLicenceConfirmation: !is2D });
  });
});
