/**
 * The accounts the API authenticates, kept in memory: every request needs its user's current roles, and reading the
 * row each time was one PostgreSQL round trip of the two a notice read costs.
 *
 * A kept account is only as good as the news of its changes, so the cache is used only while a dedicated connection
 * LISTENs to `USER_CHANGED_CHANNEL` (the trigger of migration 1764892800000 announces every change that matters, by
 * whatever writes the row). Without that connection, or while it reconnects, every request reads the row, as before;
 * a connection that stops answering its heartbeat counts as lost, since a silent peer raises no error.
 * This process's own writes also drop the account at once, before they answer; another process's changes arrive when
 * their transaction commits. A read that was under way when an account changed is not kept (its answer may predate
 * the change).
 */
import { Inject, Injectable, Logger, Optional, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import { USER_CHANGED_CHANNEL } from '@oc/db';
import type { AuthUser } from '../common/current-user.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** Kept accounts, at most; and how long one is kept without news (a safety net, not what keeps them right). */
const MAX_ACCOUNTS = 10_000;
const KEEP_MS = 60_000;
const RECONNECT_MS = { first: 500, max: 30_000 };

export interface ActiveUsersTiming {
  /**
   * How often the listening connection is asked a trivial query, and how long it may take: a connection that went
   * silent (a peer gone without closing, a network cut) raises no error, and would keep accounts that are no longer
   * current. Failing the check counts as a lost connection.
   */
  heartbeatMs: number;
  heartbeatTimeoutMs: number;
}

const DEFAULT_TIMING: ActiveUsersTiming = { heartbeatMs: 10_000, heartbeatTimeoutMs: 5_000 };
/** Provides an ActiveUsersTiming other than the default (tests). */
export const ACTIVE_USERS_TIMING = Symbol('ACTIVE_USERS_TIMING');

@Injectable()
export class ActiveUsers implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ActiveUsers.name);
  /** `user: null` keeps "no such active account" too: a disabled user's token is refused without a read. */
  private readonly accounts = new LRUCache<string, { user: AuthUser | null }>({ max: MAX_ACCOUNTS, ttl: KEEP_MS });
  /** Bumped by every change heard of; a read started under an older generation is answered but not kept. */
  private generation = 0;
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private reconnectDelay = RECONNECT_MS.first;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly timing: ActiveUsersTiming;

  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'DATABASE_URL'>,
    @Optional() @Inject(ACTIVE_USERS_TIMING) timing?: ActiveUsersTiming,
  ) {
    this.timing = timing ?? DEFAULT_TIMING;
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.release();
  }

  /** Whether changes are being heard, so accounts are kept. */
  get isListening(): boolean {
    return this.listening;
  }

  /** The account of `id` as `read` gives it, from memory when it is known to be current. */
  async get(id: string, read: (id: string) => Promise<AuthUser | null>): Promise<AuthUser | null> {
    if (this.listening) {
      const kept = this.accounts.get(id);
      if (kept) return kept.user;
    }
    const generation = this.generation;
    const user = await read(id);
    if (this.listening && generation === this.generation) this.accounts.set(id, { user });
    return user;
  }

  /** Forgets an account (this process changed it; the announcement will follow). */
  forget(id: string): void {
    this.generation++;
    this.accounts.delete(id);
  }

  private forgetAll(): void {
    this.generation++;
    this.accounts.clear();
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'open-content-api-listen', connectionTimeoutMillis: 10_000, keepAlive: true });
    this.listener = client;
    client.on('notification', (message) => {
      if (message.channel === USER_CHANGED_CHANNEL && message.payload) this.forget(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
      if (this.listener !== client) return;
      // Anything kept before this point may have changed unheard.
      this.forgetAll();
      this.listening = true;
      this.reconnectDelay = RECONNECT_MS.first;
      this.heartbeat = setInterval(() => void this.checkAlive(client), this.timing.heartbeatMs);
      this.heartbeat.unref();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private async checkAlive(client: Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const silent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.timing.heartbeatTimeoutMs} ms`)), this.timing.heartbeatTimeoutMs);
    });
    try {
      await Promise.race([client.query('SELECT 1'), silent]);
    } catch (error) {
      this.lost(client, error as Error);
    } finally {
      clearTimeout(timer);
    }
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /** The connection is gone: stop keeping accounts until it is back. */
  private lost(client: Client, error: Error | null): void {
    if (this.listener !== client) return;
    void this.release();
    if (this.stopped) return;
    this.logger.warn(`Not listening to account changes (${error?.message ?? 'connection closed'}); every request reads its account until reconnected`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.listen();
    }, this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MS.max);
  }

  /** Stops listening and keeping accounts, and closes the connection, whatever state it is in. */
  private async release(): Promise<void> {
    const client = this.listener;
    this.listener = null;
    this.listening = false;
    this.stopHeartbeat();
    this.forgetAll();
    if (client) {
      client.removeAllListeners('notification');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
