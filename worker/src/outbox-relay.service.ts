/** Runs the outbox relay on a timer for as long as the worker lives; stops cleanly on shutdown. */
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { OutboxRelay, producerConnection, type QueueName } from '@oc/jobs';
import { WORKER_CONFIG, type WorkerConfig } from './config';

@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private readonly relay: OutboxRelay;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('OutboxRelay');
    this.relay = new OutboxRelay(dataSource, (name) => this.queue(name));
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  /** Passes again at once while passes come back full (a publication of thousands of works), else after the interval. */
  private schedule(delay = this.config.OUTBOX_INTERVAL_MS): void {
    this.timer = setTimeout(() => {
      this.running = this.tick().then((more) => {
        if (this.timer) this.schedule(more ? 0 : undefined);
      });
    }, delay);
  }

  private async tick(): Promise<boolean> {
    try {
      const { sent, failed, full } = await this.relay.relayOnce();
      if (sent) this.logger.info({ sent }, 'outbox rows relayed');
      if (failed) this.logger.warn({ failed }, 'outbox rows kept for the next pass');
      return full && sent > 0;
    } catch (error) {
      this.logger.error({ err: error }, 'outbox relay pass failed');
      return false;
    }
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: producerConnection(this.config.REDIS_URL), prefix: this.config.QUEUE_PREFIX });
      queue.on('error', (err) => this.logger.warn({ err, queue: name }, 'queue connection error'));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
