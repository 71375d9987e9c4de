/** The notice form shared by creation and edition, one tab per part of the notice. */
import { LIMITS } from '@oc/domain';
import { Labeled, SelectField, TabbedForm } from 'react-admin';
import { licenceChoices, rightsStatusChoices } from '../common/choices';
import { MultilingualInputs } from '../common/MultilingualInputs';
import { SaveToolbar } from '../common/SaveToolbar';
import { CreatorsInput } from './CreatorsInput';
import { DimensionsInput } from './DimensionsInput';
import { InscriptionsInput } from './InscriptionsInput';
import { NoticeInputs } from './NoticeInputs';

export const WorkForm = () => (
  <TabbedForm toolbar={<SaveToolbar />}>
    <TabbedForm.Tab label="resources.works.tabs.notice">
      <NoticeInputs />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.works.tabs.texts" path="texts">
      <MultilingualInputs source="title" max={LIMITS.title} frenchRequired />
      <MultilingualInputs source="description" max={LIMITS.description} multiline />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.works.tabs.creators" path="creators">
      <CreatorsInput />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.works.tabs.dimensions" path="dimensions">
      <DimensionsInput />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.works.tabs.inscriptions" path="inscriptions">
      <InscriptionsInput />
    </TabbedForm.Tab>
    {/* Rights are decided apart from the notice, by a rights manager (DESIGN.md §5): the form only shows them. */}
    <TabbedForm.Tab label="resources.works.tabs.rights" path="rights">
      <Labeled>
        <SelectField source="rights.status" choices={rightsStatusChoices} emptyText="oc.unset" />
      </Labeled>
      <Labeled>
        <SelectField source="rights.licence" choices={licenceChoices} emptyText="oc.unset" />
      </Labeled>
    </TabbedForm.Tab>
  </TabbedForm>
);
