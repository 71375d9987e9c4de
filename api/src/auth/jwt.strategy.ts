/**
 * Bearer JWT. The token only says who you are: the user row is read on every request, so a disabled account or a
 * changed role takes effect at once and no old token keeps old powers.
 */
import { createSecretKey } from 'node:crypto';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { AuthUser } from '../common/current-user.decorator';
import { UsersService } from '../users/users.service';

interface TokenPayload {
  sub: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
  ) {
    // A KeyObject made once: given a string, jsonwebtoken rebuilds a key on every request (~0.7 ms each).
    // passport-jwt's types predate KeyObject; it hands the key to jsonwebtoken unchanged, which accepts it.
    const key = createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as string;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'] });
  }

  async validate(payload: TokenPayload): Promise<AuthUser> {
    const user = typeof payload.sub === 'string' ? await this.users.findActiveById(payload.sub) : null;
    if (!user) throw new UnauthorizedException('Your session is no longer valid; please log in again');
    return user;
  }
}
