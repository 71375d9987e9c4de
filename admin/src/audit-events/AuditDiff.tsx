/**
 * What an audit event changed, field by field (`{ "title.fr": { from, to } }`, libs/domain's diffRecords): the
 * field's label, the value before and the value after.
 */
import type { RecordDiff } from '@oc/domain';
import { Box } from '@mui/material';
import { Fragment } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';

interface AuditEventChanges {
  entityType: string;
  diff?: RecordDiff | null;
}

/** Audit events name entities in the singular; field labels live under the resource's name. */
const RESOURCES: Record<string, string> = { work: 'works', person: 'people', museum: 'museums', user: 'users' };

const display = (value: unknown) =>
  value == null || value === '' ? '∅' : typeof value === 'string' ? value : JSON.stringify(value);

export const AuditDiff = () => {
  const event = useRecordContext<AuditEventChanges>();
  const translate = useTranslate();
  const resource = event && RESOURCES[event.entityType];
  const label = (field: string) => (resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field);
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, '& dd': { m: 0 } }}>
      {Object.entries(event?.diff ?? {}).map(([field, { from, to }]) => (
        <Fragment key={field}>
          <dt>{label(field)}</dt>
          <dd>
            {display(from)} → {display(to)}
          </dd>
        </Fragment>
      ))}
    </Box>
  );
};
