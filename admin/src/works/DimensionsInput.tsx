/** Measurements as the museums record them: an optional part ("cadre", "feuille"), a type, a value and a unit. */
import { ArrayInput, NumberInput, required, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { unitChoices } from '../common/choices';

export const DimensionsInput = () => (
  <ArrayInput source="dimensions" label={false}>
    <SimpleFormIterator inline>
      <TextInput source="part" helperText={false} />
      <TextInput source="type" validate={required()} helperText={false} />
      <NumberInput source="value" validate={required()} helperText={false} />
      <SelectInput source="unit" choices={unitChoices} translateChoice={false} validate={required()} helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);
