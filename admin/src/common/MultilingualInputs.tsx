/** One text input per language of the notice (fr, en, es); French may be required, the others never are. */
import { LANGUAGES } from '@oc/domain';
import { maxLength, required, TextInput } from 'react-admin';

interface MultilingualInputsProps {
  source: string;
  max: number;
  frenchRequired?: boolean;
  multiline?: boolean;
}

export const MultilingualInputs = ({ source, max, frenchRequired, multiline }: MultilingualInputsProps) => (
  <>
    {LANGUAGES.map((language) => (
      <TextInput
        key={language}
        source={`${source}.${language}`}
        validate={frenchRequired && language === 'fr' ? [required(), maxLength(max)] : maxLength(max)}
        multiline={multiline}
        fullWidth
      />
    ))}
  </>
);
