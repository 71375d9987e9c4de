/** Signatures, dates and legends written on the work, transcribed as they appear. */
import { ArrayInput, required, SimpleFormIterator, TextInput } from 'react-admin';

export const InscriptionsInput = () => (
  <ArrayInput source="inscriptions" label={false}>
    <SimpleFormIterator inline>
      <TextInput source="type" validate={required()} helperText={false} />
      <TextInput source="text" validate={required()} helperText={false} multiline sx={{ minWidth: 400 }} />
      <TextInput source="script" helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);
