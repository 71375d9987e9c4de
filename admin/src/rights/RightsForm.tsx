/**
 * Recording the rights decision (rights managers and admins) or proposing one (registrars: the API keeps it as a
 * proposal for a rights manager). The licence of the photograph is asked only for three-dimensional works.
 */
import type { RightsAssessment } from '@oc/domain';
import { Alert, Card, CardContent, CardHeader } from '@mui/material';
import {
  BooleanInput,
  Form,
  FormDataConsumer,
  SaveButton,
  SelectInput,
  TextInput,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { licenceChoices, rightsStatusChoices } from '../common/choices';
import { permits } from '../permissions';
import type { WorkRecord } from '../works/workRecord';
import { departsFromAssessment, rightsFormErrors, rightsFormValues, type RightsFormValues } from './rightsDecision';
import { useRecordRights } from './useRecordRights';

interface RightsFormProps {
  assessment?: RightsAssessment;
}

export const RightsForm = ({ assessment }: RightsFormProps) => {
  const work = useRecordContext<WorkRecord>();
  const { permissions } = usePermissions();
  if (!work || !permits(permissions, 'rights:propose')) return null;
  return <RightsFormCard work={work} decides={permits(permissions, 'rights:decide')} assessment={assessment} />;
};

const RightsFormCard = ({ work, decides, assessment }: RightsFormProps & { work: WorkRecord; decides: boolean }) => {
  const translate = useTranslate();
  const save = useRecordRights(work, decides ? 'oc.rights.decisionSaved' : 'oc.rights.proposalSaved');
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate(decides ? 'oc.rights.decideTitle' : 'oc.rights.proposeTitle')}
        subheader={work.rightsProposal ? translate('oc.rights.startsFromProposal') : undefined}
      />
      <CardContent>
        <Form record={rightsFormValues(work)} onSubmit={save} validate={(form) => rightsFormErrors(form as { rights: RightsFormValues }, assessment)}>
          <FormDataConsumer<{ rights: RightsFormValues }>>
            {({ formData }) =>
              assessment &&
              departsFromAssessment(formData.rights ?? {}, assessment) && (
                <Alert severity="warning" sx={{ mb: 2 }}>
                  {translate('oc.rights.departsFromAssessment', { status: translate(`oc.rightsStatuses.${assessment.status}`) })}
                </Alert>
              )
            }
          </FormDataConsumer>
          <SelectInput source="rights.status" choices={rightsStatusChoices} />
          <SelectInput source="rights.licence" choices={licenceChoices} />
          <TextInput source="rights.overrideReason" multiline fullWidth />
          <TextInput source="rights.creditLine" helperText="oc.rights.creditLineHelp" fullWidth />
          <TextInput source="rights.usRationale" helperText="oc.rights.usRationaleHelp" multiline fullWidth />
          {!work.is2D && <BooleanInput source="rights.photoLicenceConfirmed" />}
          <SaveButton label={decides ? 'oc.rights.saveDecision' : 'oc.rights.saveProposal'} alwaysEnable />
        </Form>
      </CardContent>
    </Card>
  );
};
