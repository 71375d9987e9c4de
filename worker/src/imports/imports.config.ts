/** Where the worker finds uploaded import files and writes reports: the same storage as images (STORAGE_URL). */
import type { Provider } from '@nestjs/common';
import { createStorage, type MediaStorage } from '@oc/media';
import { loadMediaWorkerConfig } from '../media/media.config';

export const IMPORT_STORAGE = Symbol('IMPORT_STORAGE');

export const importStorageProvider: Provider<MediaStorage> = {
  provide: IMPORT_STORAGE,
  useFactory: () => createStorage(loadMediaWorkerConfig().STORAGE_URL),
};
