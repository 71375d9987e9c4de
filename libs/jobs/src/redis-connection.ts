/** BullMQ connection options from a redis:// URL (BullMQ needs `maxRetriesPerRequest: null` on workers). */
import type { RedisOptions } from 'ioredis';

export function bullConnection(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/** For producers: fail fast when Redis is away (the outbox keeps the job) instead of queueing commands in memory. */
export function producerConnection(redisUrl: string): RedisOptions {
  return { ...bullConnection(redisUrl), enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}
