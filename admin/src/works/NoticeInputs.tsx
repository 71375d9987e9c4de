/** The identifying part of a notice: where the work is, what it is and when it was made. */
import { LIMITS } from '@oc/domain';
import {
  BooleanInput,
  maxLength,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
} from 'react-admin';
import { objectTypeChoices } from '../common/choices';
import { MUSEUMS_BY_NAME } from '../common/sorts';
import { notBefore } from '../common/validators';

const shortText = maxLength(LIMITS.shortText);

export const NoticeInputs = () => (
  <>
    <ReferenceInput source="museumId" reference="museums" sort={MUSEUMS_BY_NAME} perPage={100}>
      <SelectInput validate={required()} />
    </ReferenceInput>
    <TextInput source="inventoryNumber" validate={[required(), maxLength(LIMITS.inventoryNumber)]} />
    <SelectInput source="objectType" choices={objectTypeChoices} />
    <BooleanInput source="is2D" />
    <BooleanInput source="anonymous" />
    <NumberInput source="firstPublicationYear" step={1} />
    <TextInput source="dating.text" validate={shortText} />
    <NumberInput source="dating.startYear" step={1} />
    <NumberInput source="dating.endYear" step={1} validate={notBefore('dating.startYear')} />
    <TextInput source="techniques" validate={shortText} multiline fullWidth />
    <TextInput source="provenance" validate={maxLength(LIMITS.description)} multiline fullWidth />
    <TextArrayInput source="keywords" fullWidth />
  </>
);
