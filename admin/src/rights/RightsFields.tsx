/** A rights decision's fields, read from the work's `rights` (the decision) or `rightsProposal` (a registrar's proposal). */
import { BooleanField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import { licenceChoices, rightsStatusChoices } from '../common/choices';

export const RightsFields = ({ source, is2D }: { source: 'rights' | 'rightsProposal'; is2D: boolean }) => (
  <SimpleShowLayout sx={{ p: 0 }}>
    <SelectField source={`${source}.status`} choices={rightsStatusChoices} emptyText="oc.unset" />
    <SelectField source={`${source}.licence`} choices={licenceChoices} emptyText="oc.unset" />
    <TextField source={`${source}.overrideReason`} emptyText="—" />
    <TextField source={`${source}.creditLine`} emptyText="—" />
    <TextField source={`${source}.usRationale`} emptyText="—" />
    {!is2D && <BooleanField source={`${source}.photoLicenceConfirmed`} />}
  </SimpleShowLayout>
);
