/**
 * The reasons a rights manager reads beside a computed public-domain date, in French and English, naming the creator,
 * the dates and the article of the Code de la propriété intellectuelle. Codes are stable: the admin and tests key on them.
 */
import type { PartialDate } from '../partial-date';
import {
  BASE_TERM,
  LATE_PUBLICATION_TERM,
  PRE_1997_TERM,
  compareDays,
  firstOfJanuary,
  type Day,
  type Extension,
  type Term,
} from './terms';

export const REASON_CODES = [
  'base_term',
  'collaboration_last_survivor',
  'workshop_or_after',
  'not_an_author',
  'anonymous_publication',
  'anonymous_late_publication',
  'publication_date_unknown',
  'posthumous_within_term',
  'posthumous_after_term',
  'died_for_france',
  'war_extensions_absorbed',
  'death_date_unknown',
  'no_creator',
  'photo_licence_needed',
  'reproduction_no_new_rights',
  'us_public_domain',
  'us_not_public_domain',
  'us_date_unknown',
  'manual_review',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  code: ReasonCode;
  fr: string;
  en: string;
}

/** A creator's display name, or their position in the list when the caller gave none (the calculator's API form). */
export type CreatorName = string | number;

export interface NamedDeath {
  name: CreatorName;
  death: PartialDate;
}

/** The year taken as a work's publication, and whether it was only its dating (RIGHTS.md rule 3). */
export interface Publication {
  year: number;
  fromDating: boolean;
}

export type ManualReviewCause = 'died_for_france_collaboration' | 'anonymous_with_author' | 'died_for_france_publication_unknown';

type Lang = 'fr' | 'en';

const MONTHS: Record<Lang, Record<'long' | 'short', readonly string[]>> = {
  fr: {
    long: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    short: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  },
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** "5 Dec 1926", "Dec 1926", "1926"; "1er janvier 1927" in French. */
function dateText(date: PartialDate, lang: Lang, style: 'long' | 'short' = 'short'): string {
  const parts: string[] = [];
  if (date.day !== undefined) parts.push(lang === 'fr' && date.day === 1 ? '1er' : String(date.day));
  if (date.month !== undefined) parts.push(MONTHS[lang][style][date.month - 1]);
  parts.push(String(date.year));
  return parts.join(' ');
}

/** A possibly partial date inside a sentence: "5 Dec 1926" but "in 1926"; "le 5 déc. 1926" but "en 1926". */
function at(date: PartialDate, lang: Lang): string {
  const text = dateText(date, lang);
  if (lang === 'fr') return `${date.day === undefined ? 'en' : 'le'} ${text}`;
  return date.day === undefined ? `in ${text}` : text;
}

function who(name: CreatorName, lang: Lang): string {
  if (typeof name === 'string') return name;
  return lang === 'fr' ? `créateur n° ${name}` : `Creator no. ${name}`;
}

/** French "de" before a name: "d'Édouard Vuillard", "de Claude Monet", "du créateur n° 2". */
function deWho(name: CreatorName): string {
  if (typeof name !== 'string') return `du ${who(name, 'fr')}`;
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(name) ? `d'${name}` : `de ${name}`;
}

function termText(term: Term, lang: Lang): string {
  const years = lang === 'fr' ? `${term.years} ans` : `${term.years} years`;
  if (term.days === 0) return years;
  return lang === 'fr' ? `${years} et ${term.days} jours` : `${years} and ${term.days} days`;
}

/** "70 years after 1 January 1927": a term counted from 1 January after its starting event. */
function countedFrom(term: Term, eventYear: number, lang: Lang): string {
  const start = dateText(firstOfJanuary(eventYear + 1), lang, 'long');
  return lang === 'fr' ? `${termText(term, 'fr')} à compter du ${start}` : `${termText(term, 'en')} after ${start}`;
}

function published(publication: Publication | null, lang: Lang): string {
  if (publication === null) {
    return lang === 'fr'
      ? 'sans année de publication connue, supposée antérieure à 1921 (la durée la plus longue)'
      : 'publication year unknown, taken as before 1921 (the longest term)';
  }
  if (publication.fromDating) {
    return lang === 'fr'
      ? `datée de ${publication.year}, année retenue comme publication`
      : `dated ${publication.year}, taken as its publication`;
  }
  return lang === 'fr' ? `publiée pour la première fois en ${publication.year}` : `first published in ${publication.year}`;
}

const LATE_PUBLICATION_OWNER = {
  fr: "ce droit appartient à qui publie l'œuvre le premier : un musée qui publie pour la première fois un inédit le détient lui-même",
  en: 'this right belongs to whoever first publishes the work: a museum first publishing an unpublished item holds it itself',
};

const CANNOT_COMPUTE = {
  fr: "la date d'entrée dans le domaine public ne peut pas être calculée",
  en: 'the public-domain date cannot be computed',
};

const MANUAL_REVIEW: Record<ManualReviewCause, { fr: string; en: string }> = {
  died_for_france_collaboration: {
    fr: "Un coauteur est mort pour la France : la durée de chaque coauteur est calculée et la plus tardive est retenue ; le responsable des droits doit confirmer l'application de l'article L123-10 à cette œuvre de collaboration",
    en: "A co-author died for France: each co-author's term is computed and the latest is kept; the rights manager must confirm how CPI art. L123-10 applies to this work of collaboration",
  },
  anonymous_with_author: {
    fr: "L'œuvre est marquée anonyme mais nomme un auteur : les deux durées sont calculées et la plus tardive est retenue ; le responsable des droits doit décider si l'auteur est connu (CPI art. L123-3)",
    en: 'The work is marked anonymous but names an author: both terms are computed and the later is kept; the rights manager must decide whether the author is known (CPI art. L123-3)',
  },
  died_for_france_publication_unknown: {
    fr: "Année de publication inconnue pour l'œuvre d'un auteur mort pour la France : la durée la plus longue est supposée ; le responsable des droits doit la confirmer",
    en: 'Publication year unknown for a work by an author who died for France: the longest term is assumed; the rights manager must confirm it',
  },
};

/** Reason builders; `asOf` decides between "public domain since" and "public domain on". */
export function reasonWriter(asOf: Day) {
  const enters = (end: Day, lang: Lang) => {
    const when = dateText(end, lang);
    const past = compareDays(asOf, end) >= 0;
    if (lang === 'fr') return past ? `dans le domaine public depuis le ${when}` : `entre dans le domaine public le ${when}`;
    return past ? `public domain since ${when}` : `public domain on ${when}`;
  };
  const diedAt = (author: NamedDeath, lang: Lang) =>
    lang === 'fr' ? `Décès ${deWho(author.name)} ${at(author.death, 'fr')}` : `${who(author.name, 'en')} died ${at(author.death, 'en')}`;

  return {
    baseTerm: (author: NamedDeath, end: Day): Reason => ({
      code: 'base_term',
      fr: `${diedAt(author, 'fr')} ; ${countedFrom(BASE_TERM, author.death.year, 'fr')} (CPI art. L123-1) : ${enters(end, 'fr')}`,
      en: `${diedAt(author, 'en')}; ${countedFrom(BASE_TERM, author.death.year, 'en')} (CPI art. L123-1): ${enters(end, 'en')}`,
    }),

    collaboration: (authors: readonly NamedDeath[], lastSurvivor: NamedDeath): Reason => {
      const list = (lang: Lang) =>
        authors.map((a) => `${who(a.name, lang)} (${lang === 'fr' ? 'décès' : 'died'} ${at(a.death, lang)})`).join(', ');
      return {
        code: 'collaboration_last_survivor',
        fr: `Œuvre de collaboration (CPI art. L123-2) : ${list('fr')} ; la durée court à compter du décès du dernier coauteur survivant, ${who(lastSurvivor.name, 'fr')}`,
        en: `Work of collaboration (CPI art. L123-2) by ${list('en')}: the term runs from the death of the last surviving co-author, ${who(lastSurvivor.name, 'en')}`,
      };
    },

    workshopOrAfter: (name: CreatorName, role: 'atelier de' | "d'après"): Reason => {
      const [fr, en] = [who(name, 'fr'), who(name, 'en')];
      return role === 'atelier de'
        ? {
            code: 'workshop_or_after',
            fr: `« atelier de » ${fr} : œuvre d'atelier ; le maître, ${fr}, est traité comme son auteur sauf décision contraire du responsable des droits`,
            en: `“atelier de” ${en}: a workshop work; the master, ${en}, is treated as its author unless the rights manager decides otherwise`,
          }
        : {
            code: 'workshop_or_after',
            fr: `« d'après » ${fr} : œuvre d'après ${fr}, traité comme son auteur sauf décision contraire du responsable des droits`,
            en: `“d'après” ${en}: a work after ${en}, who is treated as its author unless the rights manager decides otherwise`,
          };
    },

    notAnAuthor: (name: CreatorName, role: string): Reason => ({
      code: 'not_an_author',
      fr: `Le rôle « ${role} » ${deWho(name)} ne fait pas de cette personne un auteur de l'œuvre : elle ne compte pas dans la durée`,
      en: `${who(name, 'en')} (“${role}”) is not an author of the work and does not count for its term`,
    }),

    noCreator: (): Reason => ({
      code: 'no_creator',
      fr: `Aucun auteur et l'œuvre n'est pas marquée anonyme : ${CANNOT_COMPUTE.fr}`,
      en: `No author and the work is not marked anonymous: ${CANNOT_COMPUTE.en}`,
    }),

    deathDateUnknown: (name: CreatorName): Reason => ({
      code: 'death_date_unknown',
      fr: `Date de décès ${deWho(name)} inconnue : ${CANNOT_COMPUTE.fr}`,
      en: `Death date of ${who(name, 'en')} unknown: ${CANNOT_COMPUTE.en}`,
    }),

    publicationDateUnknown: (): Reason => ({
      code: 'publication_date_unknown',
      fr: `Œuvre anonyme, pseudonyme ou collective (CPI art. L123-3) sans année de publication ni datation : ${CANNOT_COMPUTE.fr}`,
      en: `Anonymous, pseudonymous or collective work (CPI art. L123-3) with neither a publication year nor a dating: ${CANNOT_COMPUTE.en}`,
    }),

    anonymousPublication: (publication: Publication, end: Day): Reason => ({
      code: 'anonymous_publication',
      fr: `Œuvre anonyme, pseudonyme ou collective (CPI art. L123-3), ${published(publication, 'fr')} ; ${countedFrom(BASE_TERM, publication.year, 'fr')} : ${enters(end, 'fr')}`,
      en: `Anonymous, pseudonymous or collective work (CPI art. L123-3), ${published(publication, 'en')}; ${countedFrom(BASE_TERM, publication.year, 'en')}: ${enters(end, 'en')}`,
    }),

    anonymousLatePublication: (createdYear: number, publicationYear: number, end: Day): Reason => ({
      code: 'anonymous_late_publication',
      fr: `Œuvre anonyme, pseudonyme ou collective (CPI art. L123-3) datée de ${createdYear} et publiée pour la première fois en ${publicationYear}, plus de 70 ans après ; ${countedFrom(LATE_PUBLICATION_TERM, publicationYear, 'fr')} : ${enters(end, 'fr')} ; ${LATE_PUBLICATION_OWNER.fr}`,
      en: `Anonymous, pseudonymous or collective work (CPI art. L123-3) dated ${createdYear} and first published in ${publicationYear}, more than 70 years later; ${countedFrom(LATE_PUBLICATION_TERM, publicationYear, 'en')}: ${enters(end, 'en')}; ${LATE_PUBLICATION_OWNER.en}`,
    }),

    posthumousWithinTerm: (publicationYear: number): Reason => ({
      code: 'posthumous_within_term',
      fr: `Œuvre posthume publiée pour la première fois en ${publicationYear}, pendant la durée de protection (CPI art. L123-4) : cette durée s'applique`,
      en: `Posthumous work first published in ${publicationYear}, within the term (CPI art. L123-4): that term applies`,
    }),

    posthumousAfterTerm: (publicationYear: number, termEnded: Day, end: Day): Reason => ({
      code: 'posthumous_after_term',
      fr: `Œuvre posthume publiée pour la première fois en ${publicationYear}, après la fin de la durée de protection le ${dateText(termEnded, 'fr')} (CPI art. L123-4) ; ${countedFrom(LATE_PUBLICATION_TERM, publicationYear, 'fr')} : ${enters(end, 'fr')} ; ${LATE_PUBLICATION_OWNER.fr}`,
      en: `Posthumous work first published in ${publicationYear}, after the term ended on ${dateText(termEnded, 'en')} (CPI art. L123-4); ${countedFrom(LATE_PUBLICATION_TERM, publicationYear, 'en')}: ${enters(end, 'en')}; ${LATE_PUBLICATION_OWNER.en}`,
    }),

    diedForFrance: (
      author: NamedDeath,
      term: { publication: Publication | null; extensions: readonly Extension[]; total: Term; baseTermEnd: Day; end: Day },
    ): Reason => {
      const plus = (lang: Lang) => term.extensions.map((e) => `, plus ${termText(e, lang)} (${e.article})`).join('');
      return {
        code: 'died_for_france',
        fr: `${diedAt(author, 'fr')}, mort pour la France, œuvre ${published(term.publication, 'fr')} ; ${countedFrom(PRE_1997_TERM, author.death.year, 'fr')}${plus('fr')} = ${termText(term.total, 'fr')} ; la plus tardive de cette date et de la durée de l'article L123-1 (${dateText(term.baseTermEnd, 'fr')}) : ${enters(term.end, 'fr')}`,
        en: `${diedAt(author, 'en')}, mort pour la France, work ${published(term.publication, 'en')}; ${countedFrom(PRE_1997_TERM, author.death.year, 'en')}${plus('en')} = ${termText(term.total, 'en')}; the later of this and the term of art. L123-1 (${dateText(term.baseTermEnd, 'en')}): ${enters(term.end, 'en')}`,
      };
    },

    warExtensionsAbsorbed: (): Reason => ({
      code: 'war_extensions_absorbed',
      fr: "Œuvre antérieure à 1948 : les prorogations de guerre (CPI art. L123-8 et L123-9) ne s'ajoutent pas à la durée de 70 ans, qui les absorbe (Cour de cassation, 1re civ., 27 février 2007)",
      en: 'Work from before 1948: the war-time extensions (CPI art. L123-8 and L123-9) do not add to the 70-year term, which absorbs them (Cour de cassation, 1re civ., 27 February 2007)',
    }),

    photoLicenceNeeded: (): Reason => ({
      code: 'photo_licence_needed',
      fr: "Œuvre en trois dimensions : la photographie peut porter les droits de son auteur ; confirmer sa licence avant d'approuver en CC0",
      en: "Three-dimensional work: the photograph may carry its photographer's own rights; confirm its licence before approving as CC0",
    }),

    reproductionNoNewRights: (): Reason => ({
      code: 'reproduction_no_new_rights',
      fr: 'Œuvre en deux dimensions du domaine public : sa reproduction fidèle ne crée pas de nouveaux droits (directive (UE) 2019/790, art. 14)',
      en: 'Two-dimensional public-domain work: a faithful reproduction of it gets no new rights (EU Directive 2019/790, art. 14)',
    }),

    usPublicDomain: (workYear: number, cutoffYear: number): Reason => ({
      code: 'us_public_domain',
      fr: `Œuvre de ${workYear}, antérieure au ${dateText(firstOfJanuary(cutoffYear), 'fr', 'long')} : dans le domaine public aux États-Unis (règle des 95 ans)`,
      en: `Work of ${workYear}, before ${dateText(firstOfJanuary(cutoffYear), 'en', 'long')}: public domain in the United States (95-year rule)`,
    }),

    usNotPublicDomain: (workYear: number, cutoffYear: number, usFrom: Day): Reason => ({
      code: 'us_not_public_domain',
      fr: `Œuvre de ${workYear}, non antérieure au ${dateText(firstOfJanuary(cutoffYear), 'fr', 'long')} : pas dans le domaine public aux États-Unis avant le ${dateText(usFrom, 'fr')} ; pas d'envoi sur Wikimedia Commons sans justification pour les États-Unis`,
      en: `Work of ${workYear}, not before ${dateText(firstOfJanuary(cutoffYear), 'en', 'long')}: not public domain in the United States until ${dateText(usFrom, 'en')}; not sent to Wikimedia Commons unless a US rationale is recorded`,
    }),

    usDateUnknown: (): Reason => ({
      code: 'us_date_unknown',
      fr: "Ni datation ni année de publication : le test des États-Unis ne peut pas être fait ; pas d'envoi sur Wikimedia Commons sans justification pour les États-Unis",
      en: 'Neither a dating nor a publication year: the United States test cannot be made; not sent to Wikimedia Commons unless a US rationale is recorded',
    }),

    manualReview: (cause: ManualReviewCause): Reason => ({ code: 'manual_review', ...MANUAL_REVIEW[cause] }),
  };
}

export type ReasonWriter = ReturnType<typeof reasonWriter>;
