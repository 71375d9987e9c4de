/** The storage driver chosen by STORAGE_URL, shared by every part of the API that reads or writes images. */
import type { Provider } from '@nestjs/common';
import { createStorage, type MediaStorage } from '@oc/media';
import { APP_CONFIG, type AppConfig } from '../config/config';

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

export const mediaStorageProvider: Provider<MediaStorage> = {
  provide: MEDIA_STORAGE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createStorage(config.STORAGE_URL),
};
