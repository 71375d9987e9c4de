/**
 * Guards bull-board with the API's own login: the same JWT, from the Authorization header or from the
 * `oc_session` cookie the login sets (a browser opening /admin/queues sends no header). Admins only.
 */
import type { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { can } from '@oc/domain';
import type { UsersService } from '../users/users.service';

const SESSION_COOKIE = 'oc_session';

function tokenOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  const cookie = req.headers.cookie?.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1)) : null;
}

export function adminOnlyMiddleware(jwt: JwtService, users: UsersService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = tokenOf(req);
    let userId: string | null = null;
    try {
      userId = token ? (await jwt.verifyAsync<{ sub: string }>(token, { algorithms: ['HS256'] })).sub : null;
    } catch {
      userId = null;
    }
    const user = userId ? await users.findActiveById(userId) : null;
    if (!user) {
      res.status(401).json({ statusCode: 401, message: 'Log in to the back office first (the queue dashboard uses the same login)' });
      return;
    }
    if (!can(user.roles, 'jobs:manage')) {
      res.status(403).json({ statusCode: 403, message: 'Only admins may open the queue dashboard' });
      return;
    }
    next();
  };
}
