/**
 * The work a job concerns: named in its payload, or reached through the image it renders (image jobs carry the
 * image's id only).
 */
import { ReferenceField, useRecordContext, type FieldProps } from 'react-admin';
import type { JobRecord } from './jobRecord';

export const JobWorkField = (_props: FieldProps<JobRecord>) => {
  const job = useRecordContext<JobRecord>();
  if (job?.workId) return <ReferenceField source="workId" reference="works" link="show" />;
  if (!job?.data?.mediaId) return null;
  return (
    <ReferenceField source="data.mediaId" reference="media" link={false}>
      <ReferenceField source="workId" reference="works" link="show" />
    </ReferenceField>
  );
};
