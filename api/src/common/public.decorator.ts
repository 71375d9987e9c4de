/** Marks a route as reachable without a login; every other route needs a valid token (fail closed). */
import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'oc:isPublic';
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Authenticates when a valid token is sent but lets the request through without one; the handler decides. */
export const IS_OPTIONAL_AUTH = 'oc:optionalAuth';
export const OptionalAuth = () => SetMetadata(IS_OPTIONAL_AUTH, true);
