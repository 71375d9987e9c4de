/**
 * Queue sizes and job durations on /metrics, read from BullMQ when Prometheus scrapes (no polling in between).
 * Durations come from jobs finished since the previous scrape, so each job is observed once.
 */
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Gauge, Histogram } from 'prom-client';
import { QUEUES } from '@oc/jobs';
import { registry } from '../metrics/metrics';
import { JobsService } from './jobs.service';

@Injectable()
export class QueueMetrics implements OnModuleInit {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly jobs: JobsService) {}

  onModuleInit(): void {
    if (registry.getSingleMetric('oc_queue_jobs')) return; // one registry per process; tests build several apps
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    new Histogram({
      name: 'oc_job_duration_seconds',
      help: 'Time from a job starting to finishing, by queue, job name and outcome',
      labelNames: ['queue', 'name', 'outcome'] as const,
      buckets: [0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 300],
      registers: [registry],
      async collect() {
        await self.observeDurations(this);
      },
    });
    new Gauge({
      name: 'oc_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        for (const queue of await self.jobs.queues()) {
          for (const [state, n] of Object.entries(queue.counts)) this.set({ queue: queue.name, state }, n);
        }
      },
    });
  }

  private async observeDurations(duration: Histogram<'queue' | 'name' | 'outcome'>): Promise<void> {
    for (const name of QUEUES) {
      const queue = this.jobs.queue(name);
      const since = this.lastSeen.get(name) ?? 0;
      let newest = since;
      for (const outcome of ['completed', 'failed'] as const) {
        for (const job of await queue.getJobs([outcome], 0, 199, false)) {
          if (!job?.finishedOn || !job.processedOn || job.finishedOn <= since) continue;
          duration.observe({ queue: name, name: job.name, outcome }, (job.finishedOn - job.processedOn) / 1000);
          newest = Math.max(newest, job.finishedOn);
        }
      }
      this.lastSeen.set(name, newest);
    }
  }
}
