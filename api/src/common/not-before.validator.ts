import { ValidateBy, ValidationOptions } from 'class-validator';
import { yearsInOrder } from '@oc/domain';

/**
 * The end of a period of years given with its start: not before it (`yearsInOrder`). `dateTo` 1800 with `dateFrom`
 * 1900 is a typing error to point out, not an empty list. Either end missing passes.
 */
export function NotBefore(start: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBefore',
      constraints: [start],
      validator: {
        validate: (value, args) => {
          const from = (args?.object as Record<string, unknown>)[start];
          // Values of the wrong type are their own rules' to refuse.
          return typeof value !== 'number' || typeof from !== 'number' || yearsInOrder(from, value);
        },
        defaultMessage: (args) => `${args?.property} (${args?.value}) must not be before ${start} (${(args?.object as Record<string, unknown>)[start]})`,
      },
    },
    options,
  );
}
