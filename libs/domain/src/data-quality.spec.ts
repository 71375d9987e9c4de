import { dataQualityWarnings } from './data-quality';

const gerard = { displayName: 'François Gérard', birthDate: '1770-05-12', deathDate: '1837-01-11' };

describe('dataQualityWarnings', () => {
  it.each([
    ['a clean notice', { title: { fr: 'Portrait de Juliette Récamier' }, dating: { startYear: 1802, endYear: 1805 }, creators: [gerard], hasImage: true }, []],
    ['dated after the creator died (Récamier portrait as printed)', { title: { fr: 'Portrait' }, dating: { startYear: 1902, endYear: 1905 }, creators: [gerard], hasImage: true }, ['dated_after_creator_death']],
    ['dated before the creator was born', { title: { fr: 'X' }, dating: { startYear: 1700, endYear: 1760 }, creators: [gerard], hasImage: true }, ['dated_before_creator_birth']],
    ['the year of death itself is fine', { title: { fr: 'X' }, dating: { startYear: 1837 }, creators: [gerard], hasImage: true }, []],
    ['missing French title and image', { title: { fr: '  ', en: 'Title' }, dating: {}, creators: [], hasImage: false }, ['missing_french_title', 'no_image']],
    ['creator with unknown dates', { title: { fr: 'X' }, dating: { startYear: 1500 }, creators: [{ displayName: 'Anon', birthDate: null, deathDate: null }], hasImage: true }, []],
  ])('%s', (_label, notice, codes) => {
    expect(dataQualityWarnings(notice).map((w) => w.code)).toEqual(codes);
  });

  it('names the creator and the years in both languages', () => {
    const [warning] = dataQualityWarnings({ title: { fr: 'P' }, dating: { startYear: 1902 }, creators: [gerard], hasImage: true });
    expect(warning.message.fr).toContain('François Gérard (1837)');
    expect(warning.message.en).toBe('Dated 1902, after the death of François Gérard (1837).');
  });
});
