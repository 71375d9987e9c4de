import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@oc/domain';

/** The logged-in user as the JWT strategy loaded it from the database for this request. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});
