/** A user's roles by their names in the reader's language. */
import type { User } from '@oc/domain';
import { FunctionField, useTranslate, type FieldProps } from 'react-admin';

export const RolesField = (props: Omit<FieldProps<User>, 'source'>) => {
  const translate = useTranslate();
  return <FunctionField<User> {...props} source="roles" render={(user) => user.roles.map((role) => translate(`oc.roles.${role}`)).join(', ')} />;
};
