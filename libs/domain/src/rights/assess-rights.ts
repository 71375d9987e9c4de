/**
 * The public-domain calculator of RIGHTS.md: from a work's creators and dates, the day it enters the public domain in
 * France, whether Wikimedia Commons may host it, and the reasons a rights manager reads. It advises; the manager decides.
 */
import type { RightsStatus } from '../notice';
import { daysInMonth, parsePartialDate, type PartialDate } from '../partial-date';
import { reasonWriter, type CreatorName, type NamedDeath, type Publication, type Reason, type ReasonWriter } from './reasons';
import {
  ANONYMOUS_LATE_AFTER_YEARS,
  BASE_TERM,
  DIED_FOR_FRANCE_EXTENSION,
  LATE_PUBLICATION_TERM,
  PRE_1997_TERM,
  US_TERM_YEARS,
  WAR_EXTENSIONS,
  WAR_EXTENSIONS_END_YEAR,
  compareDays,
  firstOfJanuary,
  isoDay,
  laterDay,
  sumTerms,
  termEnd,
  type Day,
} from './terms';

export type { Reason, ReasonCode } from './reasons';
export { REASON_CODES } from './reasons';

export interface RightsCreatorInput {
  displayName?: string;
  birthDate?: string | null;
  deathDate?: string | null;
  diedForFrance?: boolean;
  role?: string;
}

export interface RightsInput {
  creators: RightsCreatorInput[];
  anonymous?: boolean;
  firstPublicationYear?: number | null;
  datingEndYear?: number | null;
  posthumousPublicationYear?: number | null;
  is2D?: boolean;
  /** The day the assessment is made, YYYY-MM-DD: the caller passes today, so the function stays pure. */
  asOf: string;
}

export interface RightsAssessment {
  status: RightsStatus;
  /** YYYY-MM-DD, the first day in the public domain in France; null when it cannot be computed. */
  publicDomainDate: string | null;
  commonsEligible: boolean;
  usPublicDomain: boolean;
  needsManualReview: boolean;
  needsPhotoLicenceConfirmation: boolean;
  commonsLicenceTemplate: string | null;
  reasons: Reason[];
}

interface Author {
  name: CreatorName;
  death: PartialDate | null;
  diedForFrance: boolean;
}

type DatedAuthor = Author & NamedDeath;

/** A term worked out from one rule; `end` is null when the facts do not allow it. */
interface Finding {
  end: Day | null;
  reasons: Reason[];
  manualReview: boolean;
}

/**
 * Roles naming someone who made the object or its image without being an author of the work: the photographer of a
 * reproduction, the publisher, the founder of a cast. A photograph's own author is recorded as "auteur". Any other
 * role, known or not, counts as an author: one author too many can only lengthen the term, never free a protected work.
 */
const NOT_AUTHOR_ROLES = new Set(['photographe', 'éditeur', 'fondeur']);

export function assessRights(input: RightsInput): RightsAssessment {
  const asOf = parseAsOf(input.asOf);
  const say = reasonWriter(asOf);
  const anonymous = input.anonymous === true;
  const is2D = input.is2D !== false;
  const publication = publicationOf(input);
  const { authors, notes } = readCreators(input.creators, say);

  const findings: Finding[] = [];
  if (authors.length > 0) findings.push(knownAuthorsTerm(authors, input.posthumousPublicationYear ?? null, publication, say));
  if (anonymous) findings.push(anonymousTerm(input.datingEndYear ?? null, publication, say));
  if (findings.length === 0) findings.push({ end: null, reasons: [say.noCreator()], manualReview: false });

  const end = findings.some((f) => f.end === null) ? null : findings.map((f) => f.end as Day).reduce(laterDay);
  const reasons = [...notes, ...findings.flatMap((f) => f.reasons)];
  // L123-3 yields to L123-1 once the author is known; a notice claiming both is for the manager to settle.
  const anonymousWithAuthor = anonymous && authors.length > 0;
  if (anonymousWithAuthor) reasons.push(say.manualReview('anonymous_with_author'));
  const status: RightsStatus = end === null ? 'unknown' : compareDays(asOf, end) >= 0 ? 'public_domain' : 'in_copyright';

  // An undated work was made before its author died, so the death year bounds it.
  const workYear = publication?.year ?? latestDeathYear(authors);
  const everyAuthorDiedForFrance = !anonymous && authors.length > 0 && authors.every((a) => a.diedForFrance);
  if (end !== null && workYear !== null && workYear < WAR_EXTENSIONS_END_YEAR && !everyAuthorDiedForFrance) {
    reasons.push(say.warExtensionsAbsorbed());
  }

  if (!is2D) reasons.push(say.photoLicenceNeeded());
  else if (status === 'public_domain') reasons.push(say.reproductionNoNewRights());

  const us = usTest(input, asOf, say);
  reasons.push(us.reason);
  const publicDomain = status === 'public_domain';
  return {
    status,
    publicDomainDate: end ? isoDay(end) : null,
    commonsEligible: publicDomain && us.publicDomain,
    usPublicDomain: us.publicDomain,
    needsManualReview: anonymousWithAuthor || findings.some((f) => f.manualReview),
    needsPhotoLicenceConfirmation: !is2D,
    commonsLicenceTemplate: publicDomain ? commonsLicenceTemplate(latestDeathYear(authors), is2D) : null,
    reasons,
  };
}

function parseAsOf(text: string): Day {
  const date = parsePartialDate(text);
  if (date?.month === undefined || date.day === undefined) {
    throw new RangeError(`asOf must be a full date YYYY-MM-DD, not "${text}"`);
  }
  return { year: date.year, month: date.month, day: date.day };
}

/** RIGHTS.md rule 3: the first publication, else the latest year of the work's dating. */
function publicationOf(input: RightsInput): Publication | null {
  const published = input.firstPublicationYear ?? input.posthumousPublicationYear;
  if (published != null) return { year: published, fromDating: false };
  if (input.datingEndYear != null) return { year: input.datingEndYear, fromDating: true };
  return null;
}

function readCreators(creators: readonly RightsCreatorInput[], say: ReasonWriter): { authors: Author[]; notes: Reason[] } {
  const authors: Author[] = [];
  const notes: Reason[] = [];
  creators.forEach((creator, index) => {
    const name = creator.displayName?.trim() || index + 1;
    const role = normaliseRole(creator.role);
    if (NOT_AUTHOR_ROLES.has(role)) {
      notes.push(say.notAnAuthor(name, role));
      return;
    }
    if (role === 'atelier de' || role === "d'après") notes.push(say.workshopOrAfter(name, role));
    const death = creator.deathDate ? parsePartialDate(creator.deathDate) : null;
    authors.push({ name, death, diedForFrance: creator.diedForFrance === true });
  });
  return { authors, notes };
}

function normaliseRole(role: string | undefined): string {
  return (role ?? '').normalize('NFC').trim().toLowerCase().replace(/[’ʼ]/g, "'");
}

/** L123-1, L123-2, L123-4 and L123-10: the term of named authors. */
function knownAuthorsTerm(
  authors: readonly Author[],
  posthumousPublicationYear: number | null,
  publication: Publication | null,
  say: ReasonWriter,
): Finding {
  const undated = authors.filter((a) => a.death === null);
  if (undated.length > 0) {
    return { end: null, reasons: undated.map((a) => say.deathDateUnknown(a.name)), manualReview: false };
  }
  const dated = authors as DatedAuthor[];
  const terms = dated.map((author) => ({ author, ...authorTerm(author, publication, say) }));
  const lastSurvivor = dated.reduce((last, a) => (compareDays(latestDay(a.death), latestDay(last.death)) > 0 ? a : last));
  const diedForFrance = dated.filter((a) => a.diedForFrance);
  const collaboration = dated.length > 1;

  const reasons: Reason[] = collaboration ? [say.collaboration(dated, lastSurvivor)] : [];
  const explained = new Set<DatedAuthor>([lastSurvivor, ...diedForFrance]);
  reasons.push(...terms.filter((t) => explained.has(t.author)).flatMap((t) => t.reasons));
  const manualReview = terms.some((t) => t.manualReview) || (collaboration && diedForFrance.length > 0);
  if (collaboration && diedForFrance.length > 0) reasons.push(say.manualReview('died_for_france_collaboration'));

  let end = terms.map((t) => t.end).reduce(laterDay);
  if (posthumousPublicationYear !== null) {
    // A publication in the very year the term ends may fall after its last day: the later reading is the safe one.
    if (posthumousPublicationYear < end.year) {
      reasons.push(say.posthumousWithinTerm(posthumousPublicationYear));
    } else {
      const lateEnd = termEnd(posthumousPublicationYear, LATE_PUBLICATION_TERM);
      reasons.push(say.posthumousAfterTerm(posthumousPublicationYear, end, lateEnd));
      end = lateEnd;
    }
  }
  return { end, reasons, manualReview };
}

function authorTerm(author: DatedAuthor, publication: Publication | null, say: ReasonWriter): Finding & { end: Day } {
  const baseTermEnd = termEnd(author.death.year, BASE_TERM);
  if (!author.diedForFrance) return { end: baseTermEnd, reasons: [say.baseTerm(author, baseTermEnd)], manualReview: false };

  // An unknown publication year may be any year: the earliest keeps every war-time extension, the longest term.
  const extensions = [...WAR_EXTENSIONS.filter((e) => publication === null || publication.year <= e.publishedUpTo), DIED_FOR_FRANCE_EXTENSION];
  const total = sumTerms([PRE_1997_TERM, ...extensions]);
  const end = laterDay(termEnd(author.death.year, total), baseTermEnd);
  const reasons = [say.diedForFrance(author, { publication, extensions, total, baseTermEnd, end })];
  if (publication === null) reasons.push(say.manualReview('died_for_france_publication_unknown'));
  return { end, reasons, manualReview: publication === null };
}

/** L123-3: anonymous, pseudonymous and collective works run from their publication. */
function anonymousTerm(createdYear: number | null, publication: Publication | null, say: ReasonWriter): Finding {
  if (publication === null) return { end: null, reasons: [say.publicationDateUnknown()], manualReview: false };
  if (createdYear !== null && publication.year - createdYear > ANONYMOUS_LATE_AFTER_YEARS) {
    const end = termEnd(publication.year, LATE_PUBLICATION_TERM);
    return { end, reasons: [say.anonymousLatePublication(createdYear, publication.year, end)], manualReview: false };
  }
  const end = termEnd(publication.year, BASE_TERM);
  return { end, reasons: [say.anonymousPublication(publication, end)], manualReview: false };
}

/**
 * Commons' default US test. The work's year is the latest of its dating and its publications: US terms run from
 * publication, so the later year is the one that cannot wrongly clear a work.
 */
function usTest(input: RightsInput, asOf: Day, say: ReasonWriter): { publicDomain: boolean; reason: Reason } {
  const years = [input.datingEndYear, input.firstPublicationYear, input.posthumousPublicationYear].filter((y): y is number => y != null);
  if (years.length === 0) return { publicDomain: false, reason: say.usDateUnknown() };
  const workYear = Math.max(...years);
  const cutoffYear = asOf.year - US_TERM_YEARS;
  if (workYear < cutoffYear) return { publicDomain: true, reason: say.usPublicDomain(workYear, cutoffYear) };
  return { publicDomain: false, reason: say.usNotPublicDomain(workYear, cutoffYear, firstOfJanuary(workYear + US_TERM_YEARS + 1)) };
}

/** Named authors cite the last death year (`PD-old-auto-expired`); a work with no named author is `PD-anon-expired`. */
function commonsLicenceTemplate(deathYear: number | null, is2D: boolean): string {
  const artwork = deathYear === null ? 'PD-anon-expired' : `PD-old-auto-expired|deathyear=${deathYear}`;
  return is2D ? `{{PD-Art|${artwork}}}` : `{{Art Photo|artwork license={{${artwork}}}|photo license={{CC-zero}}}}`;
}

function latestDeathYear(authors: readonly Author[]): number | null {
  const years = authors.flatMap((a) => (a.death ? [a.death.year] : []));
  return years.length > 0 ? Math.max(...years) : null;
}

/** The last day a partial date may stand for: who died "in 1960" may have outlived who died on 3 March 1960. */
function latestDay(date: PartialDate): Day {
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month) };
}
