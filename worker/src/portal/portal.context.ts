/** What the portal jobs share: the database, the signed portal client and the public base of image URLs. */
import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PortalClient, type PortalPushContext } from '@oc/connectors';
import type { WorkerConfig } from '../config';

export const PORTAL_CONTEXT = Symbol('PORTAL_CONTEXT');

export function portalContextProvider(config: WorkerConfig): Provider<PortalPushContext> {
  return {
    provide: PORTAL_CONTEXT,
    inject: [getDataSourceToken()],
    useFactory: (dataSource: DataSource) => ({
      dataSource,
      publicBaseUrl: config.PUBLIC_BASE_URL,
      portal: new PortalClient({ baseUrl: config.PORTAL_URL as string, secret: config.PORTAL_SECRET as string, timeoutMs: config.PORTAL_TIMEOUT_MS }),
    }),
  };
}

export const PORTAL_WORKER_CONFIG = Symbol('PORTAL_WORKER_CONFIG');
export interface PortalWorkerSettings {
  concurrency: number;
}
