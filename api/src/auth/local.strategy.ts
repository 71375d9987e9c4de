/**
 * Email + password login (passport-local). Failed attempts are counted and audited; past the limit the caller
 * gets 429 whatever the password, so guessing is slowed for one account and one address.
 */
import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@oc/db';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/current-user.decorator';
import { UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';

// Verifying against a real hash when the email is unknown keeps response times alike, so timing reveals no accounts.
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(req: Request, email: string, password: string): Promise<AuthUser> {
    const ip = req.ip ?? 'unknown';
    const retryAfter = await this.throttle.retryAfter(email, ip);
    if (retryAfter > 0) {
      await this.audit.record({ user: null, action: 'auth.login_throttled', entityType: 'user', entityId: null, diff: { email: { from: null, to: email } }, comment: `from ${ip}` });
      req.res?.setHeader('Retry-After', String(retryAfter));
      throw new HttpException(
        { statusCode: HttpStatus.TOO_MANY_REQUESTS, message: `Too many failed logins; try again in ${Math.ceil(retryAfter / 60)} minute(s)` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.users.findForLogin(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(email, ip);
      await this.audit.record({
        user: null,
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        diff: { email: { from: null, to: email } },
        comment: `${!user ? 'unknown email' : !valid ? 'wrong password' : 'account disabled'} from ${ip}`,
      });
      throw new UnauthorizedException('Invalid email or password');
    }
    await this.throttle.reset(email);
    await this.users.recordLogin(user.id);
    return { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
  }
}
