/** What the Commons jobs share: the database, the image storage, one logged-in MediaWiki client and the settings. */
import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MediaWikiClient, type CommonsPushContext } from '@oc/connectors';
import type { MediaStorage } from '@oc/media';
import type { WorkerConfig } from '../config';

export const COMMONS_CONTEXT = Symbol('COMMONS_CONTEXT');
export const COMMONS_STORAGE = Symbol('COMMONS_STORAGE');
export const COMMONS_WORKER_CONFIG = Symbol('COMMONS_WORKER_CONFIG');

export interface CommonsWorkerSettings {
  concurrency: number;
}

export type CommonsContextBase = Omit<CommonsPushContext, 'onProgress'>;

export function commonsContextProvider(config: WorkerConfig): Provider<CommonsContextBase> {
  return {
    provide: COMMONS_CONTEXT,
    inject: [getDataSourceToken(), COMMONS_STORAGE],
    useFactory: (dataSource: DataSource, storage: MediaStorage) => ({
      dataSource,
      storage,
      wiki: new MediaWikiClient({ apiUrl: config.COMMONS_API_URL as string, username: config.COMMONS_USERNAME as string, password: config.COMMONS_PASSWORD as string }),
      settings: {
        chunkThresholdBytes: config.COMMONS_CHUNK_THRESHOLD_BYTES,
        chunkBytes: config.COMMONS_CHUNK_BYTES,
        categories: config.COMMONS_CATEGORIES.split(',').map((c) => c.trim()).filter(Boolean),
        structuredData: config.COMMONS_SDC === 'true',
        publicBaseUrl: config.PUBLIC_BASE_URL,
      },
    }),
  };
}
