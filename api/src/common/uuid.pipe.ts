import { ParseUUIDPipe } from '@nestjs/common';
import { fieldErrorsException } from './validation';

/** Route ids are UUIDs; anything else is a 400 naming the parameter rather than a database error. */
export const UuidParam = new ParseUUIDPipe({ version: undefined, exceptionFactory: () => fieldErrorsException({ id: 'must be a UUID' }) });
