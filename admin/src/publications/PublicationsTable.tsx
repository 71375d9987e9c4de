/** The work's publications per target: state, link, last push, attempts and last error (issue 5's closing loop). */
import { Typography } from '@mui/material';
import { ArrayField, Datagrid, NumberField, SelectField, TextField, UrlField, useTranslate } from 'react-admin';
import { LocalDateField } from '../common/LocalDateField';
import { publicationTargetChoices } from './choices';
import { PublicationStateField } from './PublicationStateField';

const label = (field: string) => `resources.publications.fields.${field}`;

const NotPublished = () => <Typography variant="body2">{useTranslate()('oc.publications.none')}</Typography>;

export const PublicationsTable = () => (
  <ArrayField source="publications" label={false}>
    <Datagrid bulkActionButtons={false} rowClick={false} empty={<NotPublished />}>
      <SelectField source="target" choices={publicationTargetChoices} label={label('target')} />
      <PublicationStateField source="state" label={label('state')} />
      <UrlField source="externalUrl" label={label('externalUrl')} target="_blank" rel="noreferrer" emptyText="—" />
      <LocalDateField source="pushedAt" showTime label={label('pushedAt')} emptyText="—" />
      <NumberField source="attempts" label={label('attempts')} />
      <TextField source="lastError" label={label('lastError')} emptyText="—" />
    </Datagrid>
  </ArrayField>
);
