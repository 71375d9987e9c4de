/**
 * Counts failed logins per email and per client address in Redis (shared by every API instance). Past the limit,
 * further attempts are refused with 429 until the window expires, even with the right password.
 */
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';

@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): string[] {
    const prefix = this.config.LOGIN_THROTTLE_PREFIX;
    return [`${prefix}:email:${email.toLowerCase()}`, `${prefix}:ip:${ip}`];
  }

  /** Seconds until the caller may try again, or 0 when not throttled. */
  async retryAfter(email: string, ip: string): Promise<number> {
    const [emailKey, ipKey] = this.keys(email, ip);
    const [emailCount, ipCount] = (await this.redis.mget(emailKey, ipKey)).map((v) => Number(v ?? 0));
    // A single address gets more room than a single account, so one office behind NAT is not locked out at once.
    const blockedKey =
      emailCount >= this.config.LOGIN_MAX_FAILURES ? emailKey : ipCount >= this.config.LOGIN_MAX_FAILURES * 4 ? ipKey : null;
    if (!blockedKey) return 0;
    return Math.max(await this.redis.ttl(blockedKey), 1);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const pipeline = this.redis.multi();
    for (const key of this.keys(email, ip)) {
      pipeline.incr(key);
      pipeline.expire(key, this.config.LOGIN_WINDOW_SECONDS, 'NX');
    }
    await pipeline.exec();
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.keys(email, '')[0]);
  }
}
