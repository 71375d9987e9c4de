/**
 * Vocabularies for the synthetic collection: shares per museum and object type, period first names, well-known
 * creators with their real life dates, and the French words titles are built from (places of Paris, subjects,
 * techniques). Plain data only; generate.ts does the drawing.
 */

export type Specialty = 'artist' | 'photographer' | 'sculptor' | 'couturier' | 'asian' | 'architect';

/** Share of the collection held by each museum (normalised by the generator): Carnavalet and the Petit Palais dominate. */
export const MUSEUM_SHARE: Record<string, number> = {
  CAR: 38, PP: 17, MAM: 10, PG: 9, MVH: 6, MC: 5, ML: 3.5, MB: 3, MVR: 2, MCJ: 1.5, MZ: 1.2, HH: 0.8, CRY: 0.6, CAT: 0.4,
};

/** Object type shares per museum. */
export const OBJECT_TYPES: Record<string, Record<string, number>> = {
  CAR: { estampe: 38, photographie: 25, dessin: 12, médaille: 8, affiche: 5, peinture: 4, "objet d'art": 4, sculpture: 2, plan: 2 },
  PP: { estampe: 45, dessin: 20, peinture: 10, photographie: 8, "objet d'art": 7, sculpture: 6, médaille: 4 },
  MAM: { peinture: 25, estampe: 25, dessin: 20, photographie: 15, sculpture: 10, "objet d'art": 5 },
  PG: { costume: 65, 'accessoire de mode': 25, photographie: 6, dessin: 4 },
  MVH: { dessin: 35, estampe: 30, photographie: 20, peinture: 8, "objet d'art": 7 },
  MC: { céramique: 35, peinture: 25, bronze: 20, estampe: 10, "objet d'art": 10 },
  ML: { photographie: 50, document: 20, affiche: 15, dessin: 10, estampe: 5 },
  MB: { sculpture: 45, dessin: 35, photographie: 15, peinture: 5 },
  MVR: { dessin: 35, peinture: 30, "objet d'art": 20, estampe: 10, sculpture: 5 },
  MCJ: { "objet d'art": 40, peinture: 25, dessin: 20, sculpture: 10, miniature: 5 },
  MZ: { dessin: 45, sculpture: 40, estampe: 10, photographie: 5 },
  HH: { "objet d'art": 50, dessin: 20, photographie: 20, peinture: 10 },
  CRY: { 'objet archéologique': 80, photographie: 10, dessin: 10 },
  CAT: { photographie: 50, 'objet archéologique': 30, estampe: 20 },
};

/** Share of works with no known creator, per museum (archaeology and Asian art are mostly anonymous). */
export const ANONYMOUS_SHARE: Record<string, number> = {
  CAR: 0.08, PP: 0.04, MAM: 0.01, PG: 0.2, MVH: 0.05, MC: 0.55, ML: 0.25, MB: 0.02, MVR: 0.05, MCJ: 0.15, MZ: 0.02,
  HH: 0.3, CRY: 0.95, CAT: 0.6,
};

export const THREE_D_TYPES = new Set(['sculpture', 'médaille', "objet d'art", 'costume', 'accessoire de mode', 'céramique', 'bronze', 'objet archéologique']);

export const TYPE_POOL: Record<string, Specialty> = {
  peinture: 'artist', dessin: 'artist', estampe: 'artist', affiche: 'artist', miniature: 'artist', document: 'artist',
  photographie: 'photographer', sculpture: 'sculptor', médaille: 'sculptor', costume: 'couturier', 'accessoire de mode': 'couturier',
  céramique: 'asian', bronze: 'asian', "objet d'art": 'architect', plan: 'architect', 'objet archéologique': 'architect',
};

/** Share of each specialty among the ~20,000 generated people. */
export const SPECIALTY_SHARE: Record<Specialty, number> = { artist: 58, photographer: 20, sculptor: 9, couturier: 4, asian: 5, architect: 4 };

export const TECHNIQUES: Record<string, string[]> = {
  peinture: ['huile sur toile', 'huile sur toile', 'huile sur toile', 'huile sur bois', 'huile sur carton', 'gouache sur papier', 'tempera sur bois', 'huile sur panneau'],
  dessin: ['crayon graphite sur papier', 'plume et encre brune', 'lavis d\'encre', 'aquarelle', 'pierre noire', 'sanguine', 'fusain sur papier', 'pastel', 'encre de Chine et lavis'],
  estampe: ['eau-forte', 'lithographie', 'burin', 'gravure sur bois', 'eau-forte et pointe sèche', 'aquatinte', 'lithographie en couleurs', 'vernis mou'],
  photographie: ['tirage sur papier albuminé', 'épreuve gélatino-argentique', 'daguerréotype', 'négatif sur verre au gélatinobromure', 'tirage au charbon', 'épreuve sur papier salé', 'aristotype'],
  affiche: ['lithographie en couleurs', 'impression offset', 'sérigraphie'],
  sculpture: ['marbre', 'bronze, fonte à la cire perdue', 'plâtre', 'terre cuite', 'bois sculpté', 'pierre calcaire', 'plâtre patiné'],
  médaille: ['bronze frappé', 'argent', 'cuivre', 'étain', 'fonte de bronze'],
  "objet d'art": ['porcelaine', 'faïence', 'bronze doré', 'acajou et placage', 'émail peint', 'ivoire', 'argent', 'verre soufflé', 'or et émail'],
  costume: ['soie', 'satin de soie', 'velours', 'crêpe de soie', 'tulle brodé', 'laine', 'mousseline', 'taffetas'],
  'accessoire de mode': ['cuir', 'paille tressée', 'plumes', 'soie', 'nacre et soie', 'perles de verre'],
  céramique: ['grès à couverte céladon', 'porcelaine bleu et blanc', 'terre cuite peinte', 'grès émaillé', 'porcelaine famille rose'],
  bronze: ['bronze', 'bronze à patine verte', 'bronze doré', 'bronze incrusté d\'argent'],
  'objet archéologique': ['terre cuite', 'calcaire', 'bronze', 'os', 'verre', 'fer'],
  plan: ['gravure', 'manuscrit aquarellé', 'lithographie'],
  miniature: ['aquarelle et gouache sur ivoire', 'émail'],
  document: ['imprimé', 'manuscrit', 'tapuscrit', 'tract imprimé'],
};

/** Period first names (men, women), French first: the people are mostly 17th–20th century artists. */
export const FIRST_NAMES_M = [
  'Jean', 'Louis', 'Pierre', 'Charles', 'Henri', 'Eugène', 'Étienne', 'Félix', 'Honoré', 'Théodore', 'Jules', 'Édouard',
  'Gustave', 'Léon', 'Amédée', 'François', 'Jacques', 'Joseph', 'Antoine', 'Auguste', 'Alphonse', 'Émile', 'Paul',
  'Georges', 'André', 'Marcel', 'Maurice', 'Lucien', 'Albert', 'Camille', 'Victor', 'Adolphe', 'Alexandre', 'Achille',
  'Nicolas', 'Claude', 'Philippe', 'Michel', 'René', 'Raymond', 'Gaston', 'Octave', 'Ernest', 'Armand', 'Hippolyte',
  'Frédéric', 'Léopold', 'Benoît', 'Gérard', 'Clément', 'Anatole', 'Aristide', 'Jérôme', 'Noël', 'Xavier', 'Hector',
  'Jean-Baptiste', 'Jean-Louis', 'Jean-François', 'Pierre-Auguste', 'Louis-Philippe', 'Jean-Jacques', 'Charles-François',
  'Giovanni', 'Giuseppe', 'Antonio', 'Francesco', 'Johann', 'Friedrich', 'Wilhelm', 'Karl', 'Jan', 'Pieter', 'Hendrik',
  'José', 'Francisco', 'Juan', 'Thomas', 'William', 'Gaspard', 'Marius', 'Félicien', 'Aimé', 'Côme', 'Léonce',
];
export const FIRST_NAMES_F = [
  'Marie', 'Jeanne', 'Berthe', 'Camille', 'Louise', 'Adèle', 'Élisabeth', 'Suzanne', 'Marguerite', 'Madeleine', 'Hélène',
  'Geneviève', 'Juliette', 'Rosalie', 'Amélie', 'Pauline', 'Claire', 'Thérèse', 'Éléonore', 'Joséphine', 'Sophie',
  'Henriette', 'Mathilde', 'Cécile', 'Lucie', 'Émilie', 'Valentine', 'Marthe', 'Germaine', 'Yvonne', 'Léonie', 'Clémence',
  'Anne', 'Françoise', 'Catherine', 'Nélie', 'Rosa', 'Sonia', 'Natalia', 'Frida', 'Anna', 'Margarete', 'Giulia',
  'Marie-Anne', 'Marie-Louise', 'Anne-Marie', 'Marie-Thérèse', 'Angèle', 'Irène', 'Gabrielle', 'Zoé', 'Noémie', 'Aurélie',
];
export const NAME_PARTICLES = ['de', 'de La', 'du', 'Le', 'La', "d'"];

export const PLACES_OF_BIRTH = [
  'Paris', 'Paris', 'Paris', 'Paris', 'Lyon', 'Marseille', 'Bordeaux', 'Rouen', 'Lille', 'Nantes', 'Toulouse', 'Strasbourg',
  'Montpellier', 'Dijon', 'Besançon', 'Reims', 'Le Havre', 'Amiens', 'Tours', 'Orléans', 'Nancy', 'Metz', 'Limoges',
  'Versailles', 'Saint-Étienne', 'Grenoble', 'Nîmes', 'Valenciennes', 'Genève', 'Bruxelles', 'Anvers', 'Londres', 'Rome',
  'Florence', 'Venise', 'Milan', 'Naples', 'Madrid', 'Barcelone', 'Séville', 'Amsterdam', 'La Haye', 'Berlin', 'Munich',
  'Vienne', 'Prague', 'Saint-Pétersbourg', 'Varsovie', 'Budapest', 'Lausanne', 'Zurich', 'Alger', 'Boulogne-Billancourt',
  'Neuilly-sur-Seine', 'Saint-Germain-en-Laye', 'Fontainebleau', 'Barbizon', 'Pontoise', 'Argenteuil', 'Giverny', 'Nice',
];

export interface FamousCreator {
  name: string; sort: string; birth: string | null; death: string | null; specialty: Specialty;
  birthPlace?: string; deathPlace?: string; diedForFrance?: boolean; wikidata?: string;
}

/** Real creators the Paris museums hold, in Zipf rank order within each specialty (the first are the most prolific). */
export const FAMOUS: FamousCreator[] = [
  // photographers
  { name: 'Eugène Atget', sort: 'Atget, Eugène', birth: '1857-02-12', death: '1927-08-04', specialty: 'photographer', birthPlace: 'Libourne', deathPlace: 'Paris' },
  { name: 'Charles Marville', sort: 'Marville, Charles', birth: '1813-07-17', death: '1879-06-01', specialty: 'photographer', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Séeberger Frères', sort: 'Séeberger Frères', birth: null, death: null, specialty: 'photographer' },
  { name: 'Nadar', sort: 'Nadar (Félix Tournachon, dit)', birth: '1820-04-06', death: '1910-03-20', specialty: 'photographer', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Étienne Carjat', sort: 'Carjat, Étienne', birth: '1828-03-28', death: '1906-03-09', specialty: 'photographer', birthPlace: 'Fareins', deathPlace: 'Paris' },
  { name: 'Pierre Petit', sort: 'Petit, Pierre', birth: '1831-08-15', death: '1909-12-15', specialty: 'photographer', birthPlace: 'Aups', deathPlace: 'Paris' },
  { name: 'Louis-Émile Durandelle', sort: 'Durandelle, Louis-Émile', birth: '1839', death: '1917', specialty: 'photographer' },
  { name: 'Léon Gimpel', sort: 'Gimpel, Léon', birth: '1873-12-16', death: '1948-08-06', specialty: 'photographer' },
  { name: 'Gustave Le Gray', sort: 'Le Gray, Gustave', birth: '1820-08-30', death: '1884-07-30', specialty: 'photographer', birthPlace: 'Villiers-le-Bel', deathPlace: 'Le Caire' },
  { name: 'Édouard Baldus', sort: 'Baldus, Édouard', birth: '1813-06-05', death: '1889-12-22', specialty: 'photographer' },
  { name: 'Hippolyte Bayard', sort: 'Bayard, Hippolyte', birth: '1801-01-20', death: '1887-05-14', specialty: 'photographer' },
  { name: 'Auguste-Hippolyte Collard', sort: 'Collard, Auguste-Hippolyte', birth: '1812', death: '1887', specialty: 'photographer' },
  { name: 'Paul Géniaux', sort: 'Géniaux, Paul', birth: '1873', death: '1929', specialty: 'photographer' },
  { name: 'Albert Harlingue', sort: 'Harlingue, Albert', birth: '1879', death: '1964', specialty: 'photographer' },
  { name: 'Brassaï', sort: 'Brassaï (Gyula Halász, dit)', birth: '1899-09-09', death: '1984-07-08', specialty: 'photographer', birthPlace: 'Brașov', deathPlace: 'Beaulieu-sur-Mer' },
  { name: 'Germaine Krull', sort: 'Krull, Germaine', birth: '1897-11-20', death: '1985-07-31', specialty: 'photographer' },
  { name: 'André Kertész', sort: 'Kertész, André', birth: '1894-07-02', death: '1985-09-28', specialty: 'photographer' },
  // artists: painters, draughtsmen, printmakers
  { name: 'Honoré Daumier', sort: 'Daumier, Honoré', birth: '1808-02-26', death: '1879-02-10', specialty: 'artist', birthPlace: 'Marseille', deathPlace: 'Valmondois' },
  { name: 'Paul Gavarni', sort: 'Gavarni, Paul', birth: '1804-01-13', death: '1866-11-24', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Auteuil' },
  { name: 'Victor Hugo', sort: 'Hugo, Victor', birth: '1802-02-26', death: '1885-05-22', specialty: 'artist', birthPlace: 'Besançon', deathPlace: 'Paris' },
  { name: 'Jacques Callot', sort: 'Callot, Jacques', birth: '1592', death: '1635-03-24', specialty: 'artist', birthPlace: 'Nancy', deathPlace: 'Nancy' },
  { name: 'Rembrandt Harmensz. van Rijn', sort: 'Rembrandt Harmensz. van Rijn', birth: '1606-07-15', death: '1669-10-04', specialty: 'artist', birthPlace: 'Leyde', deathPlace: 'Amsterdam' },
  { name: 'Albrecht Dürer', sort: 'Dürer, Albrecht', birth: '1471-05-21', death: '1528-04-06', specialty: 'artist', birthPlace: 'Nuremberg', deathPlace: 'Nuremberg' },
  { name: 'Charles Meryon', sort: 'Meryon, Charles', birth: '1821-11-23', death: '1868-02-14', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Charenton-Saint-Maurice' },
  { name: 'Théophile-Alexandre Steinlen', sort: 'Steinlen, Théophile-Alexandre', birth: '1859-11-10', death: '1923-12-13', specialty: 'artist', birthPlace: 'Lausanne', deathPlace: 'Paris' },
  { name: 'Jules Chéret', sort: 'Chéret, Jules', birth: '1836-05-31', death: '1932-09-23', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Nice' },
  { name: 'Gustave Doré', sort: 'Doré, Gustave', birth: '1832-01-06', death: '1883-01-23', specialty: 'artist', birthPlace: 'Strasbourg', deathPlace: 'Paris' },
  { name: 'Henri de Toulouse-Lautrec', sort: 'Toulouse-Lautrec, Henri de', birth: '1864-11-24', death: '1901-09-09', specialty: 'artist', birthPlace: 'Albi', deathPlace: 'Saint-André-du-Bois' },
  { name: 'Auguste Lepère', sort: 'Lepère, Auguste', birth: '1849-03-30', death: '1918-09-20', specialty: 'artist' },
  { name: 'Henri Rivière', sort: 'Rivière, Henri', birth: '1864-03-11', death: '1951-08-24', specialty: 'artist' },
  { name: 'Jean-Louis Forain', sort: 'Forain, Jean-Louis', birth: '1852-10-23', death: '1931-07-11', specialty: 'artist' },
  { name: 'Adolphe Willette', sort: 'Willette, Adolphe', birth: '1857-07-31', death: '1926-02-04', specialty: 'artist' },
  { name: 'Paul Cézanne', sort: 'Cézanne, Paul', birth: '1839-01-19', death: '1906-10-22', specialty: 'artist', birthPlace: 'Aix-en-Provence', deathPlace: 'Aix-en-Provence' },
  { name: 'Claude Monet', sort: 'Monet, Claude', birth: '1840-11-14', death: '1926-12-05', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Giverny' },
  { name: 'Gustave Courbet', sort: 'Courbet, Gustave', birth: '1819-06-10', death: '1877-12-31', specialty: 'artist', birthPlace: 'Ornans', deathPlace: 'La Tour-de-Peilz' },
  { name: 'Eugène Delacroix', sort: 'Delacroix, Eugène', birth: '1798-04-26', death: '1863-08-13', specialty: 'artist', birthPlace: 'Charenton-Saint-Maurice', deathPlace: 'Paris' },
  { name: 'Jean-Baptiste Camille Corot', sort: 'Corot, Jean-Baptiste Camille', birth: '1796-07-16', death: '1875-02-22', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Jean Béraud', sort: 'Béraud, Jean', birth: '1849-01-12', death: '1935-10-04', specialty: 'artist', birthPlace: 'Saint-Pétersbourg', deathPlace: 'Paris' },
  { name: 'Hubert Robert', sort: 'Robert, Hubert', birth: '1733-05-22', death: '1808-04-15', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Louis-Léopold Boilly', sort: 'Boilly, Louis-Léopold', birth: '1761-07-05', death: '1845-01-04', specialty: 'artist' },
  { name: 'Pierre-Auguste Renoir', sort: 'Renoir, Pierre-Auguste', birth: '1841-02-25', death: '1919-12-03', specialty: 'artist', birthPlace: 'Limoges', deathPlace: 'Cagnes-sur-Mer' },
  { name: 'Camille Pissarro', sort: 'Pissarro, Camille', birth: '1830-07-10', death: '1903-11-13', specialty: 'artist', birthPlace: 'Saint-Thomas', deathPlace: 'Paris' },
  { name: 'Alfred Sisley', sort: 'Sisley, Alfred', birth: '1839-10-30', death: '1899-01-29', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Moret-sur-Loing' },
  { name: 'Berthe Morisot', sort: 'Morisot, Berthe', birth: '1841-01-14', death: '1895-03-02', specialty: 'artist', birthPlace: 'Bourges', deathPlace: 'Paris' },
  { name: 'Édouard Vuillard', sort: 'Vuillard, Édouard', birth: '1868-11-11', death: '1940-06-21', specialty: 'artist', birthPlace: 'Cuiseaux', deathPlace: 'La Baule' },
  { name: 'Pierre Bonnard', sort: 'Bonnard, Pierre', birth: '1867-10-03', death: '1947-01-23', specialty: 'artist', birthPlace: 'Fontenay-aux-Roses', deathPlace: 'Le Cannet' },
  { name: 'Jean-Auguste-Dominique Ingres', sort: 'Ingres, Jean-Auguste-Dominique', birth: '1780-08-29', death: '1867-01-14', specialty: 'artist', birthPlace: 'Montauban', deathPlace: 'Paris' },
  { name: 'Théodore Géricault', sort: 'Géricault, Théodore', birth: '1791-09-26', death: '1824-01-26', specialty: 'artist', birthPlace: 'Rouen', deathPlace: 'Paris' },
  { name: 'Jean-Honoré Fragonard', sort: 'Fragonard, Jean-Honoré', birth: '1732-04-05', death: '1806-08-22', specialty: 'artist', birthPlace: 'Grasse', deathPlace: 'Paris' },
  { name: 'François Boucher', sort: 'Boucher, François', birth: '1703-09-29', death: '1770-05-30', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Jean-Baptiste Greuze', sort: 'Greuze, Jean-Baptiste', birth: '1725-08-21', death: '1805-03-21', specialty: 'artist', birthPlace: 'Tournus', deathPlace: 'Paris' },
  { name: 'Jean Siméon Chardin', sort: 'Chardin, Jean Siméon', birth: '1699-11-02', death: '1779-12-06', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Antoine Watteau', sort: 'Watteau, Antoine', birth: '1684-10-10', death: '1721-07-18', specialty: 'artist', birthPlace: 'Valenciennes', deathPlace: 'Nogent-sur-Marne' },
  { name: 'Élisabeth Vigée Le Brun', sort: 'Vigée Le Brun, Élisabeth', birth: '1755-04-16', death: '1842-03-30', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Ary Scheffer', sort: 'Scheffer, Ary', birth: '1795-02-10', death: '1858-06-15', specialty: 'artist', birthPlace: 'Dordrecht', deathPlace: 'Argenteuil' },
  { name: 'George Sand', sort: 'Sand, George', birth: '1804-07-01', death: '1876-06-08', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Nohant' },
  { name: 'Gustave Caillebotte', sort: 'Caillebotte, Gustave', birth: '1848-08-19', death: '1894-02-21', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Gennevilliers' },
  { name: 'Giuseppe De Nittis', sort: 'De Nittis, Giuseppe', birth: '1846-02-25', death: '1884-08-21', specialty: 'artist', birthPlace: 'Barletta', deathPlace: 'Saint-Germain-en-Laye' },
  { name: 'Félix Ziem', sort: 'Ziem, Félix', birth: '1821-02-25', death: '1911-11-10', specialty: 'artist', birthPlace: 'Beaune', deathPlace: 'Paris' },
  { name: 'Alfons Mucha', sort: 'Mucha, Alfons', birth: '1860-07-24', death: '1939-07-14', specialty: 'artist', birthPlace: 'Ivančice', deathPlace: 'Prague' },
  { name: 'Robert Delaunay', sort: 'Delaunay, Robert', birth: '1885-04-12', death: '1941-10-25', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Montpellier' },
  { name: 'Sonia Delaunay', sort: 'Delaunay, Sonia', birth: '1885-11-14', death: '1979-12-05', specialty: 'artist', birthPlace: 'Odessa', deathPlace: 'Paris' },
  { name: 'Raoul Dufy', sort: 'Dufy, Raoul', birth: '1877-06-03', death: '1953-03-23', specialty: 'artist', birthPlace: 'Le Havre', deathPlace: 'Forcalquier' },
  { name: 'Henri Matisse', sort: 'Matisse, Henri', birth: '1869-12-31', death: '1954-11-03', specialty: 'artist', birthPlace: 'Le Cateau-Cambrésis', deathPlace: 'Nice' },
  { name: 'Amedeo Modigliani', sort: 'Modigliani, Amedeo', birth: '1884-07-12', death: '1920-01-24', specialty: 'artist', birthPlace: 'Livourne', deathPlace: 'Paris' },
  { name: 'Fernand Léger', sort: 'Léger, Fernand', birth: '1881-02-04', death: '1955-08-17', specialty: 'artist', birthPlace: 'Argentan', deathPlace: 'Gif-sur-Yvette' },
  { name: 'Pablo Picasso', sort: 'Picasso, Pablo', birth: '1881-10-25', death: '1973-04-08', specialty: 'artist', birthPlace: 'Malaga', deathPlace: 'Mougins' },
  { name: 'Maurice Utrillo', sort: 'Utrillo, Maurice', birth: '1883-12-26', death: '1955-11-05', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Dax' },
  { name: 'Suzanne Valadon', sort: 'Valadon, Suzanne', birth: '1865-09-23', death: '1938-04-07', specialty: 'artist', birthPlace: 'Bessines-sur-Gartempe', deathPlace: 'Paris' },
  { name: 'Albert Marquet', sort: 'Marquet, Albert', birth: '1875-03-27', death: '1947-06-14', specialty: 'artist', birthPlace: 'Bordeaux', deathPlace: 'Paris' },
  { name: 'Jean Fautrier', sort: 'Fautrier, Jean', birth: '1898-05-16', death: '1964-07-21', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Châtenay-Malabry' },
  { name: 'Nicolas de Largillierre', sort: 'Largillierre, Nicolas de', birth: '1656-10-10', death: '1746-03-20', specialty: 'artist', birthPlace: 'Paris', deathPlace: 'Paris' },
  // sculptors and medallists
  { name: 'Antoine Bourdelle', sort: 'Bourdelle, Antoine', birth: '1861-10-30', death: '1929-10-01', specialty: 'sculptor', birthPlace: 'Montauban', deathPlace: 'Le Vésinet' },
  { name: 'Ossip Zadkine', sort: 'Zadkine, Ossip', birth: '1888-07-14', death: '1967-11-25', specialty: 'sculptor', birthPlace: 'Vitebsk', deathPlace: 'Paris' },
  { name: 'Jules Dalou', sort: 'Dalou, Jules', birth: '1838-12-31', death: '1902-04-15', specialty: 'sculptor', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Jean-Baptiste Carpeaux', sort: 'Carpeaux, Jean-Baptiste', birth: '1827-05-11', death: '1875-10-12', specialty: 'sculptor', birthPlace: 'Valenciennes', deathPlace: 'Courbevoie' },
  { name: 'Auguste Rodin', sort: 'Rodin, Auguste', birth: '1840-11-12', death: '1917-11-17', specialty: 'sculptor', birthPlace: 'Paris', deathPlace: 'Meudon' },
  { name: 'Jean-Antoine Houdon', sort: 'Houdon, Jean-Antoine', birth: '1741-03-25', death: '1828-07-15', specialty: 'sculptor', birthPlace: 'Versailles', deathPlace: 'Paris' },
  { name: 'Oscar Roty', sort: 'Roty, Oscar', birth: '1846-06-11', death: '1911-03-23', specialty: 'sculptor', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Henri Gaudier-Brzeska', sort: 'Gaudier-Brzeska, Henri', birth: '1891-10-04', death: '1915-06-05', specialty: 'sculptor', birthPlace: 'Saint-Jean-de-Braye', deathPlace: 'Neuville-Saint-Vaast', diedForFrance: true },
  { name: 'Raymond Duchamp-Villon', sort: 'Duchamp-Villon, Raymond', birth: '1876-11-05', death: '1918-10-09', specialty: 'sculptor', birthPlace: 'Damville', deathPlace: 'Cannes', diedForFrance: true },
  // couturiers
  { name: 'Charles Frederick Worth', sort: 'Worth, Charles Frederick', birth: '1825-10-13', death: '1895-03-10', specialty: 'couturier', birthPlace: 'Bourne', deathPlace: 'Paris' },
  { name: 'Jeanne Lanvin', sort: 'Lanvin, Jeanne', birth: '1867-01-01', death: '1946-07-06', specialty: 'couturier', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Paul Poiret', sort: 'Poiret, Paul', birth: '1879-04-20', death: '1944-04-30', specialty: 'couturier', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Jacques Doucet', sort: 'Doucet, Jacques', birth: '1853-02-19', death: '1929-10-30', specialty: 'couturier', birthPlace: 'Paris', deathPlace: 'Neuilly-sur-Seine' },
  { name: 'Jeanne Paquin', sort: 'Paquin, Jeanne', birth: '1869-01-23', death: '1936-08-27', specialty: 'couturier' },
  { name: 'Madeleine Vionnet', sort: 'Vionnet, Madeleine', birth: '1876-06-22', death: '1975-03-02', specialty: 'couturier' },
  { name: 'Gabrielle Chanel', sort: 'Chanel, Gabrielle', birth: '1883-08-19', death: '1971-01-10', specialty: 'couturier', birthPlace: 'Saumur', deathPlace: 'Paris' },
  { name: 'Cristóbal Balenciaga', sort: 'Balenciaga, Cristóbal', birth: '1895-01-21', death: '1972-03-23', specialty: 'couturier', birthPlace: 'Getaria', deathPlace: 'Xàbia' },
  { name: 'Elsa Schiaparelli', sort: 'Schiaparelli, Elsa', birth: '1890-09-10', death: '1973-11-13', specialty: 'couturier', birthPlace: 'Rome', deathPlace: 'Paris' },
  { name: 'Christian Dior', sort: 'Dior, Christian', birth: '1905-01-21', death: '1957-10-24', specialty: 'couturier', birthPlace: 'Granville', deathPlace: 'Montecatini Terme' },
  // Asian art
  { name: 'Katsushika Hokusai', sort: 'Hokusai, Katsushika', birth: '1760', death: '1849-05-10', specialty: 'asian', birthPlace: 'Edo', deathPlace: 'Edo' },
  { name: 'Utagawa Hiroshige', sort: 'Hiroshige, Utagawa', birth: '1797', death: '1858-10-12', specialty: 'asian', birthPlace: 'Edo', deathPlace: 'Edo' },
  { name: 'Qi Baishi', sort: 'Qi Baishi', birth: '1864-01-01', death: '1957-09-16', specialty: 'asian', birthPlace: 'Xiangtan', deathPlace: 'Pékin' },
  { name: 'Kitagawa Utamaro', sort: 'Utamaro, Kitagawa', birth: '1753', death: '1806-10-31', specialty: 'asian' },
  { name: 'Utagawa Kuniyoshi', sort: 'Kuniyoshi, Utagawa', birth: '1798-01-01', death: '1861-04-14', specialty: 'asian' },
  { name: 'Wu Changshuo', sort: 'Wu Changshuo', birth: '1844', death: '1927', specialty: 'asian' },
  { name: 'Zhang Daqian', sort: 'Zhang Daqian', birth: '1899-05-10', death: '1983-04-02', specialty: 'asian' },
  { name: 'Pan Yuliang', sort: 'Pan Yuliang', birth: '1895', death: '1977-07-22', specialty: 'asian' },
  // architects, decorators, cartographers
  { name: 'Hector Guimard', sort: 'Guimard, Hector', birth: '1867-03-10', death: '1942-05-20', specialty: 'architect', birthPlace: 'Lyon', deathPlace: 'New York' },
  { name: 'Eugène Viollet-le-Duc', sort: 'Viollet-le-Duc, Eugène', birth: '1814-01-27', death: '1879-09-17', specialty: 'architect', birthPlace: 'Paris', deathPlace: 'Lausanne' },
  { name: 'Victor Baltard', sort: 'Baltard, Victor', birth: '1805-06-09', death: '1874-01-13', specialty: 'architect', birthPlace: 'Paris', deathPlace: 'Paris' },
  { name: 'Michel-Étienne Turgot', sort: 'Turgot, Michel-Étienne', birth: '1690-06-09', death: '1751-12-01', specialty: 'architect' },
];

/** Places of Paris with their article ("le", "la", "l'", "les" or none): "Vue du Pont-Neuf", "Vue de la Seine". */
export const PARIS_PLACES = [
  'le Pont-Neuf', 'la Seine', "l'Hôtel de Ville", 'la place de la Concorde', 'les Tuileries', 'le Louvre', 'Montmartre',
  'la butte Montmartre', 'le quai des Célestins', 'la rue de Rivoli', 'le boulevard Saint-Germain', 'la place des Vosges',
  'le Palais-Royal', "l'île de la Cité", "l'île Saint-Louis", 'le Marais', 'la rue Saint-Antoine', 'la Bastille',
  'le Champ-de-Mars', 'la tour Eiffel', "l'Opéra", 'les Halles', 'Saint-Germain-des-Prés', 'le jardin du Luxembourg',
  'le Panthéon', 'la Sorbonne', 'la Madeleine', 'le canal Saint-Martin', 'Belleville', 'Ménilmontant', "la barrière d'Enfer",
  'le faubourg Saint-Honoré', 'le Châtelet', 'le pont des Arts', 'le pont Marie', 'le quai de Conti', "l'hôtel Carnavalet",
  'la rue Mouffetard', 'le Val-de-Grâce', 'les Invalides', "l'Arc de triomphe de l'Étoile", 'les Champs-Élysées',
  'le bois de Boulogne', 'la gare Saint-Lazare', 'la porte Saint-Denis', 'le cimetière du Père-Lachaise', 'la Conciergerie',
  'la Sainte-Chapelle', "l'église Saint-Eustache", 'Notre-Dame de Paris', 'le Pont-au-Change', 'la place Vendôme',
  'la place du Carrousel', 'le quai de la Tournelle', 'le Jardin des Plantes', 'la Bièvre', 'la place de Grève',
  'la rue de la Paix', 'les grands boulevards', 'le boulevard Montmartre', 'le boulevard des Italiens', 'le Trocadéro',
  'le Palais de Chaillot', 'la place de la République', 'la place de la Nation', "la place d'Italie", 'Vaugirard',
  'Auteuil', 'Passy', 'Charonne', 'Bercy', 'la Butte-aux-Cailles', 'le parc Monceau', 'les Buttes-Chaumont', 'la Villette',
  'le Grand Palais', 'le Petit Palais', 'le pont Alexandre-III', 'la rue Quincampoix', 'la rue des Francs-Bourgeois',
  "la rue de l'Hôtel-de-Ville", 'la rue Saint-Jacques', 'la rue de la Huchette', 'le Petit-Pont', "l'hôtel de Sens",
  "l'hôtel de Lauzun", 'le quai d\'Anjou', 'la rue Visconti', 'la cour du Commerce-Saint-André', 'le passage des Panoramas',
];

export const STREETS = [
  'rue Quincampoix', 'rue Saint-Jacques', 'rue de la Huchette', 'rue Mouffetard', 'rue Saint-Antoine', 'rue de Rivoli',
  'rue des Francs-Bourgeois', "rue de l'Hôtel-de-Ville", 'rue Visconti', 'rue de Seine', 'rue du Bac', 'rue de Sèvres',
  'rue Saint-Honoré', 'rue Montorgueil', 'rue de la Roquette', 'rue Lepic', 'rue des Saules', 'rue Norvins',
  'rue de Valence', 'rue Broca', 'rue de la Montagne-Sainte-Geneviève', 'rue Saint-Séverin', 'rue Galande',
  'rue du Figuier', 'rue des Barres', 'rue François-Miron', 'rue Vieille-du-Temple', 'rue des Rosiers', 'rue de Turenne',
  'rue du Faubourg-Saint-Denis', 'rue de Charonne', 'rue de Ménilmontant', 'rue de Belleville', 'rue Oberkampf',
  'quai de Bourbon', "quai d'Anjou", 'quai des Grands-Augustins', 'quai Voltaire', 'quai de Bercy', 'boulevard du Temple',
  'boulevard de Clichy', 'boulevard Haussmann', 'avenue de l\'Opéra', 'place Dauphine', 'place Maubert', 'impasse Berthaud',
];

export const HISTORICAL_SITTERS = [
  'Louis XIV', 'Louis XV', 'Louis XVI', 'Marie-Antoinette', 'Napoléon Ier', 'Napoléon III', "l'impératrice Eugénie",
  'Henri IV', 'Voltaire', 'Jean-Jacques Rousseau', 'Molière', 'Madame de Sévigné', 'Robespierre', 'Danton', 'Marat',
  'La Fayette', 'Mirabeau', 'Victor Hugo', 'George Sand', 'Frédéric Chopin', 'Sarah Bernhardt', 'Georges Clemenceau',
  'Léon Gambetta', 'Adolphe Thiers', 'le baron Haussmann', 'Juliette Drouet', 'Madame Récamier', 'Louis-Philippe Ier',
  'Charles X', 'le général Leclerc', 'Jean Moulin', 'le cardinal de Richelieu', 'Colbert', 'Madame de Pompadour',
];

export const GENRE_TITLES = [
  'La Lecture', 'Le Repos', 'Femme à sa toilette', 'Jeune fille au bouquet', 'Baigneuses', 'Le Déjeuner', 'La Leçon de piano',
  'Enfant jouant avec un chat', 'La Marchande de fleurs', 'Les Blanchisseuses', 'Le Marchand de coco', 'La Partie de cartes',
  'Intérieur', 'Le Bal', 'La Promenade', 'Le Café-concert', 'Scène de rue', 'La Couseuse', 'Le Petit Savoyard',
  'La Famille', 'Jeune femme lisant', 'Femme à l\'ombrelle', 'Le Goûter', 'Les Joueurs de boules', 'Le Chiffonnier',
  'La Porteuse de pain', 'Les Canotiers', 'La Sieste', 'Le Concert champêtre', 'Au théâtre', 'Dans la loge',
];

export const RELIGIOUS_TITLES = [
  'La Sainte Famille', "L'Adoration des bergers", 'La Vierge à l\'Enfant', 'Saint Jérôme', 'La Descente de croix',
  "L'Annonciation", 'La Fuite en Égypte', 'Saint François d\'Assise', 'Vénus et l\'Amour', 'Le Jugement de Pâris',
  'Diane chasseresse', 'Orphée', 'Persée et Andromède', 'La Mort de Didon', 'Le Christ au jardin des Oliviers',
  'Marie-Madeleine pénitente', 'Le Sacrifice d\'Abraham', 'Psyché', 'Hercule', 'Apollon et Daphné',
];

export const STILL_LIFE_ITEMS = [
  'aux pommes', 'au pichet', 'aux fleurs', 'à la cruche', 'au homard', 'aux huîtres', 'au gibier', 'aux raisins',
  'au bouquet de roses', 'aux pêches', 'à la théière', 'au violon', 'aux livres', 'au crâne', 'aux poissons',
  'à la corbeille de fruits', 'aux oignons', 'au compotier', 'à la bouteille', 'aux tulipes',
];

export const LANDSCAPES = [
  'de Normandie', 'aux environs de Paris', "d'hiver", 'avec rivière', 'à Barbizon', 'de Bretagne', 'du Midi', 'à Pontoise',
  'à Fontainebleau', "d'Italie", 'au soleil couchant', 'avec moulin', 'de la vallée de la Seine', 'à Argenteuil',
  'de montagne', 'au bord de l\'Oise', 'à Étretat', 'à Honfleur', 'de la campagne romaine', 'sous la neige',
];

export const STUDY_SUBJECTS = [
  'mains', 'têtes', 'draperie', 'nu', 'arbres', 'chevaux', 'cavaliers', 'figures', 'pieds', 'enfant endormi', 'femme assise',
  'homme debout', 'chats', 'nuages', 'vaches', 'personnages', 'paysan', 'jambes',
];

export const EVENTS = [
  'Prise de la Bastille, 14 juillet 1789', 'Fête de la Fédération au Champ-de-Mars, 14 juillet 1790',
  'Journée du 10 août 1792', 'Sacre de Napoléon Ier', 'Barricade, juin 1848', 'Révolution de février 1848',
  'Siège de Paris, 1870', 'Commune de Paris, mai 1871', 'Incendie des Tuileries', "Exposition universelle de 1889",
  'Exposition universelle de 1900', 'Inondation de janvier 1910', 'Obsèques de Victor Hugo', 'Défilé de la Victoire, 14 juillet 1919',
  'Libération de Paris, août 1944', 'Barricade rue de la Huchette, août 1944', 'Retour des cendres de Napoléon',
  'Bal de l\'Opéra', 'Carnaval de Paris', 'Fête de la Bastille', 'Démolition de la rue de la Barillerie', 'Percement de l\'avenue de l\'Opéra',
];

export const SATIRE_TITLES = [
  'Les Gens de justice', 'Mœurs conjugales', 'Les Bons Bourgeois', 'Les Baigneurs', 'Croquis musicaux', 'Les Bas-bleus',
  'Le Ventre législatif', 'Actualités', 'Types parisiens', 'Les Parisiens', 'Les Enfants terribles', 'Les Lorettes',
  'Les Étudiants de Paris', 'Émotions parisiennes', 'Locataires et propriétaires', 'Les Canotiers parisiens',
];

export const PHOTO_SUBJECTS = ['Cour', 'Enseigne', 'Boutique', 'Escalier', 'Porte', 'Fontaine', 'Balcon', 'Heurtoir', 'Coin de rue', 'Marchand ambulant', 'Devanture', 'Vieille maison', 'Hôtel particulier', 'Lanterne', 'Chantier'];

export const SIGNS = ['Au Bon Puits', 'À la Biche', 'Au Petit Bacchus', 'Au Franc Pinot', 'À l\'Enfant Jésus', 'Au Mortier d\'Or', 'Au Soleil d\'Or', 'À la Grâce de Dieu', 'Au Lion d\'Or', 'À la Tour d\'Argent'];

export const SHOWS = [
  'le Moulin Rouge', 'le Chat Noir', 'les Folies-Bergère', "l'Olympia", 'le Théâtre de l\'Odéon', 'le Bal Bullier',
  'le Jardin de Paris', "l'Eldorado", 'le Casino de Paris', 'la Scala', 'les Ambassadeurs', 'le Salon des Cent',
  'le Vélodrome d\'Hiver', 'la Loïe Fuller', 'Aristide Bruant', 'Yvette Guilbert', 'le Cirque Médrano',
];

export const ART_OBJECTS = [
  'Tabatière', 'Éventail', 'Pendule', 'Boîte à mouches', 'Enseigne', 'Assiette révolutionnaire', 'Chandelier', 'Vase',
  'Miniature', 'Bonbonnière', 'Médaillon', 'Coffret', 'Encrier', 'Montre', 'Aiguière', 'Bougeoir', 'Tasse et soucoupe',
  'Fauteuil', 'Commode', 'Console', 'Paravent', 'Lustre', 'Écritoire', 'Cartel', 'Flacon à parfum', 'Bague', 'Tapisserie',
];

export const COSTUMES = [
  'Robe du soir', 'Robe de bal', 'Robe de jour', 'Corsage', 'Manteau du soir', 'Tailleur', 'Gilet d\'homme', 'Habit à la française',
  'Redingote', 'Robe d\'après-midi', 'Robe de mariée', 'Cape', 'Jupe', 'Veste', 'Robe à la polonaise', 'Robe à crinoline',
  'Pyjama de plage', 'Robe-manteau', 'Ensemble', 'Robe d\'intérieur',
];
export const ACCESSORIES = ['Chapeau', 'Éventail', 'Paire de gants', 'Sac du soir', 'Ombrelle', 'Paire de souliers', 'Capote', 'Réticule', 'Châle', 'Col de dentelle', 'Canne', 'Boucle de ceinture', 'Bonnet'];
export const FASHION_HOUSES = ['maison Worth', 'maison Paquin', 'Callot Sœurs', 'maison Doucet', 'maison Lanvin', 'maison Poiret', 'maison Chanel', 'maison Dior', 'maison Balenciaga', 'maison Vionnet'];

export const ASIAN_OBJECTS = [
  'Vase meiping', 'Bol à thé', 'Jarre', 'Brûle-parfum', 'Vase rituel gui', 'Vase rituel zun', 'Miroir', 'Bouddha assis',
  'Bodhisattva', 'Cheval', 'Chameau', 'Statuette de dignitaire', 'Plat', 'Coupe', 'Bouteille', 'Boîte à encens',
  'Vase rituel ding', 'Cloche bianzhong', 'Figurine funéraire', 'Éléphant',
];
export const ASIAN_PAINTINGS = [
  'Paysage de montagne', 'Oiseaux et fleurs', 'Lettré dans un pavillon', 'Bambous sous la pluie', 'Pêcheur sur le fleuve',
  'Chevaux au pâturage', 'Lotus', 'Pruniers en fleurs', 'Grue et pins', 'Vue du mont Fuji', 'La Grande Vague',
  'Courtisane', 'Acteur de kabuki', 'Crevettes', 'Chrysanthèmes', 'Cascade',
];
export const DYNASTIES = ['dynastie Han', 'dynastie Tang', 'dynastie Song', 'dynastie Ming', 'dynastie Qing', 'époque Edo', 'dynastie Shang', 'dynastie Zhou', 'époque Meiji', 'Corée, dynastie Joseon'];

export const ARCHAEOLOGY = [
  'Fragment de chapiteau', 'Monnaie gallo-romaine', 'Tesson de céramique sigillée', 'Fibule', 'Lampe à huile', 'Stèle funéraire',
  'Fragment d\'enduit peint', 'Épingle en os', 'Peigne en os', 'Fragment de sarcophage', 'Clé', 'Jeton', 'Perle de verre',
  'Amphore', 'Pot à cuire', 'Crâne', 'Ossements', 'Fragment de mur d\'enceinte',
];

export const SCULPTURE_SUBJECTS = [
  'Tête de femme', 'Torse', 'Héraclès archer', 'Pénélope', 'Le Centaure mourant', 'Buste de jeune fille', 'Baigneuse',
  'Femme accroupie', 'Étude de nu', 'La Danse', 'Masque', 'Le Fruit', 'Orphée', 'Prométhée', 'La Vierge d\'Alsace',
  'Monument à Adam Mickiewicz', 'Sapho', 'Le Triomphe de la République', 'Paysanne', 'La Forêt', 'Maternité',
];

export const DOCUMENTS = ['Tract', 'Brassard FFI', 'Laissez-passer', 'Carte d\'identité', 'Journal clandestin', 'Lettre', 'Carnet de notes', 'Affichette', 'Ordre de mission', 'Fanion'];

export const MEDALS = [
  'Médaille commémorative de la prise de la Bastille', 'Médaille de l\'Exposition universelle de 1900', 'Jeton des marchands de vin',
  'Médaille du siège de Paris', 'Médaille de la Ville de Paris', 'Jeton de l\'Hôtel de Ville', 'Médaille de mariage',
  'Médaille commémorative de la libération de Paris', 'Plaquette', 'Médaille de la Société des artistes français',
];

export const PLANS = ['Plan de Paris', 'Plan du quartier', 'Plan de Turgot', 'Plan de la Cité', 'Plan des fortifications', 'Élévation de la façade', 'Projet d\'aménagement'];

export const KEYWORDS = [
  'Paris', 'portrait', 'architecture', 'rue', 'Seine', 'fleurs', 'costume', 'Révolution française', 'Commune de Paris', 'mode',
  'théâtre', 'enfant', 'femme', 'religion', 'paysage', 'animal', 'fête', 'musique', 'guerre', 'commerce', 'pont', 'église',
  'jardin', 'métier', 'caricature', 'politique', 'vie quotidienne', 'transport', 'Seconde Guerre mondiale', 'Belle Époque',
];

export const ROLES_BY_TYPE: Record<string, [string, string]> = {
  estampe: ['graveur', "d'après"], affiche: ['auteur', 'imprimeur'], photographie: ['photographe', 'éditeur'],
  médaille: ['graveur', "d'après"], costume: ['auteur', 'atelier de'], 'accessoire de mode': ['auteur', 'atelier de'],
};

export const ACQUISITIONS = ['Don de', 'Legs de', 'Achat à', 'Dation de', 'Don de la Société des Amis du musée, grâce à'];
