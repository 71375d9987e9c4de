/**
 * react-admin's DateField written in the language chosen in the admin: its own default is the browser's, so a French
 * screen on an English browser showed "11/26/2026, 5:35:19 PM".
 */
import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
};
