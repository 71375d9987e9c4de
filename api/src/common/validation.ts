/**
 * Request validation: class-validator errors become one 400 whose message names every bad field and whose
 * `errors` maps each field path (`title.fr`, `creators.0.personId`) to what is wrong with it.
 */
import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

export type FieldErrors = Record<string, string>;

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const result: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      result[path] = Object.values(error.constraints)
        .map((m) => m.replace(/^(property )?\S+ /, ''))
        .join('; ');
    }
    if (error.children?.length) Object.assign(result, flattenValidationErrors(error.children, path));
  }
  return result;
}

export function fieldErrorsException(errors: FieldErrors): BadRequestException {
  const summary = Object.entries(errors)
    .map(([field, problem]) => `${field} ${problem}`)
    .join('; ');
  return new BadRequestException({ statusCode: 400, message: `Invalid request: ${summary}`, errors });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => fieldErrorsException(flattenValidationErrors(errors)),
  });
}
