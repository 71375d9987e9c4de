/**
 * Global guards: authentication first (unless the route is marked @Public), then the route's permission.
 * A route that declares no permission is refused: forgetting the decorator must close the door, not open it.
 */
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { can, type Permission, type RefusalCode } from '@oc/domain';
import type { AuthUser } from '../common/current-user.decorator';
import { IS_OPTIONAL_AUTH, IS_PUBLIC } from '../common/public.decorator';
import { REQUIRED_PERMISSION } from '../common/require-permission.decorator';
import { fieldErrorsException, flattenValidationErrors } from '../common/validation';
import { LoginDto } from './login.dto';

function flag(reflector: Reflector, context: ExecutionContext, key: string): boolean {
  return !!reflector.getAllAndOverride<boolean>(key, [context.getHandler(), context.getClass()]);
}

const isPublic = (reflector: Reflector, context: ExecutionContext) => flag(reflector, context, IS_PUBLIC);
const isOptionalAuth = (reflector: Reflector, context: ExecutionContext) => flag(reflector, context, IS_OPTIONAL_AUTH);

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublic(this.reflector, context)) return true;
    if (isOptionalAuth(this.reflector, context)) {
      await Promise.resolve(super.canActivate(context)).catch(() => undefined);
      return true;
    }
    return (await super.canActivate(context)) as boolean;
  }

  handleRequest<T>(error: unknown, user: T, _info: unknown, context: ExecutionContext): T {
    if (isOptionalAuth(this.reflector, context)) return (user || undefined) as T;
    if (error) throw error;
    if (!user) throw new UnauthorizedException('Authentication required: send a bearer token from POST /api/auth/login');
    return user;
  }
}

@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublic(this.reflector, context) || isOptionalAuth(this.reflector, context)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, [context.getHandler(), context.getClass()]);
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (!permission || !user || !can(user.roles, permission)) {
      throw new ForbiddenException(
        permission ? { message: `Your role does not allow this (needs ${permission})`, code: 'role_forbidden' satisfies RefusalCode, permission } : 'This route is closed',
      );
    }
    return true;
  }
}

/** Validates the login body before passport reads it, so a missing field is a 400 naming it, not a bare 401. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const errors = validateSync(plainToInstance(LoginDto, context.switchToHttp().getRequest().body ?? {}));
    if (errors.length) throw fieldErrorsException(flattenValidationErrors(errors));
    return (await super.canActivate(context)) as boolean;
  }
}
