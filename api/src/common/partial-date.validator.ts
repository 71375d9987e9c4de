import { ValidateBy, ValidationOptions } from 'class-validator';
import { isPartialDate } from '@oc/domain';

/** A museum's partial date: "1926", "1926-12" or "1926-12-05", each part a real calendar value. */
export function IsPartialDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isPartialDate', validator: { validate: (value) => isPartialDate(value), defaultMessage: (args) => `${args?.property} must be a date written YYYY, YYYY-MM or YYYY-MM-DD` } },
    options,
  );
}
