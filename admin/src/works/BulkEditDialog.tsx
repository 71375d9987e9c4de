/**
 * The bulk edit form for the selected works: a museum, an object type, keywords to add or remove, proposed rights;
 * whatever is left empty is left unchanged. The proposed rights go to the rights manager as a registrar's do.
 */
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import {
  Form,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextArrayInput,
  Toolbar,
  Button,
  useNotify,
  useTranslate,
  ResourceContextProvider,
} from 'react-admin';
import { licenceChoices, objectTypeChoices, rightsStatusChoices } from '../common/choices';
import { MUSEUMS_BY_NAME } from '../common/sorts';
import { toBulkChanges, type BulkEditValues, type BulkUpdateChanges } from './bulkUpdate';

interface BulkEditDialogProps {
  open: boolean;
  count: number;
  onApply: (changes: BulkUpdateChanges) => void;
  onClose: () => void;
}

export const BulkEditDialog = ({ open, count, onApply, onClose }: BulkEditDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const apply = (values: BulkEditValues) => {
    const outcome = toBulkChanges(values);
    if ('problem' in outcome) notify(outcome.problem, { type: 'warning' });
    else onApply(outcome.changes);
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('oc.bulkEdit.title', { smart_count: count })}</DialogTitle>
      <DialogContent>
        <ResourceContextProvider value="bulk-edit">
          <Form onSubmit={apply}>
            <ReferenceInput source="museumId" reference="museums" sort={MUSEUMS_BY_NAME} perPage={100}>
              <SelectInput fullWidth label="oc.bulkEdit.museum" />
            </ReferenceInput>
            <SelectInput source="objectType" choices={objectTypeChoices} fullWidth label="oc.bulkEdit.objectType" />
            <TextArrayInput source="keywordsToAdd" fullWidth label="oc.bulkEdit.keywordsToAdd" />
            <TextArrayInput source="keywordsToRemove" fullWidth label="oc.bulkEdit.keywordsToRemove" />
            <SelectInput source="proposedStatus" choices={rightsStatusChoices} fullWidth label="oc.bulkEdit.proposedStatus" />
            <SelectInput source="proposedLicence" choices={licenceChoices} fullWidth label="oc.bulkEdit.proposedLicence" />
            <Toolbar sx={{ justifyContent: 'space-between' }}>
              <Button label="ra.action.cancel" onClick={onClose} />
              <SaveButton label="oc.bulkEdit.apply" alwaysEnable />
            </Toolbar>
          </Form>
        </ResourceContextProvider>
      </DialogContent>
    </Dialog>
  );
};
