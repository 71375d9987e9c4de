import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * The end of a period given with its start: not before it (`dateTo` 1800 with `dateFrom` 1900 is a typing error to
 * point out, not an empty list). Either end missing passes; their own rules check each value.
 */
export function NotBefore(start: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBefore',
      constraints: [start],
      validator: {
        validate: (value, args) => {
          const from = (args?.object as Record<string, unknown>)[start];
          return typeof value !== 'number' || typeof from !== 'number' || value >= from;
        },
        defaultMessage: (args) => `${args?.property} (${args?.value}) must not be before ${start} (${(args?.object as Record<string, unknown>)[start]})`,
      },
    },
    options,
  );
}
