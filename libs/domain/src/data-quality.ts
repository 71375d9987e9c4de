/**
 * Data-quality checks on a notice. They never block a save: the registrar sees them with the work and decides,
 * because museums' records legitimately hold odd facts (a posthumous cast, a dating copied as printed).
 */
import type { DataQualityWarning, Dating, Multilingual } from './notice';
import { parsePartialDate } from './partial-date';

export interface CreatorLife {
  displayName: string;
  birthDate: string | null;
  deathDate: string | null;
}

/** What the checks read of a notice, and nothing more: a caller may build it from a few columns. */
export interface NoticeForQuality {
  title: Pick<Multilingual, 'fr'>;
  dating: Pick<Dating, 'startYear' | 'endYear'>;
  creators: CreatorLife[];
  hasImage: boolean;
}

export function dataQualityWarnings(notice: NoticeForQuality): DataQualityWarning[] {
  const warnings: DataQualityWarning[] = [];
  if (!notice.title.fr?.trim()) {
    warnings.push({
      code: 'missing_french_title',
      field: 'title.fr',
      message: { fr: 'Titre français manquant.', en: 'French title missing.' },
    });
  }
  const start = notice.dating.startYear ?? notice.dating.endYear;
  const end = notice.dating.endYear ?? notice.dating.startYear;
  for (const creator of notice.creators) {
    const death = creator.deathDate ? parsePartialDate(creator.deathDate) : null;
    const birth = creator.birthDate ? parsePartialDate(creator.birthDate) : null;
    if (death && start != null && start > death.year) {
      warnings.push({
        code: 'dated_after_creator_death',
        field: 'dating',
        message: {
          fr: `Datée de ${start}, après la mort de ${creator.displayName} (${death.year}).`,
          en: `Dated ${start}, after the death of ${creator.displayName} (${death.year}).`,
        },
      });
    }
    if (birth && end != null && end < birth.year) {
      warnings.push({
        code: 'dated_before_creator_birth',
        field: 'dating',
        message: {
          fr: `Datée de ${end}, avant la naissance de ${creator.displayName} (${birth.year}).`,
          en: `Dated ${end}, before the birth of ${creator.displayName} (${birth.year}).`,
        },
      });
    }
  }
  if (!notice.hasImage) {
    warnings.push({ code: 'no_image', field: 'media', message: { fr: 'Aucune image.', en: 'No image.' } });
  }
  return warnings;
}
