/** Texts the API sends in both languages (warnings, rights reasons, approval problems), read in the user's one. */
import { useLocaleState } from 'react-admin';

export interface Bilingual {
  fr: string;
  en: string;
}

export function useLocalized(): (text: Bilingual) => string {
  const [locale] = useLocaleState();
  return (text) => (locale === 'en' ? text.en : text.fr);
}
