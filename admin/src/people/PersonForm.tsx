/** A creator in the authority file: names, partial dates as museums record them, and the links to Wikimedia. */
import { LIMITS } from '@oc/domain';
import { BooleanInput, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { SaveToolbar } from '../common/SaveToolbar';
import { partialDate, wikidataId } from '../common/validators';

const name = [required(), maxLength(LIMITS.shortText)];
const shortText = maxLength(LIMITS.shortText);

export const PersonForm = () => (
  <SimpleForm toolbar={<SaveToolbar />}>
    <TextInput source="displayName" validate={name} />
    <TextInput source="sortName" validate={name} />
    <TextInput source="birthDate" validate={partialDate} helperText="oc.help.partialDate" />
    <TextInput source="deathDate" validate={partialDate} helperText="oc.help.partialDate" />
    <TextInput source="birthPlace" validate={shortText} />
    <TextInput source="deathPlace" validate={shortText} />
    <BooleanInput source="diedForFrance" />
    <TextInput source="wikidataId" validate={wikidataId} />
    <TextInput source="commonsCreator" validate={shortText} />
  </SimpleForm>
);
