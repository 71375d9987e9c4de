/** A museum of the network: its code, its names and how Wikimedia Commons and the portal know it. */
import { LIMITS } from '@oc/domain';
import { maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { MultilingualInputs } from '../common/MultilingualInputs';
import { SaveToolbar } from '../common/SaveToolbar';

const shortText = maxLength(LIMITS.shortText);

export const MuseumForm = () => (
  <SimpleForm toolbar={<SaveToolbar />}>
    <TextInput source="code" validate={[required(), shortText]} />
    <MultilingualInputs source="name" max={LIMITS.shortText} frenchRequired />
    <TextInput source="commonsInstitution" validate={shortText} />
    <TextInput source="portalId" validate={shortText} />
  </SimpleForm>
);
