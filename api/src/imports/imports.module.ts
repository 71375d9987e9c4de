import { Module } from '@nestjs/common';
import { createStorage } from '@oc/media';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { IMPORT_STORAGE, IMPORTS_CONFIG, loadImportsConfig } from './imports.config';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  controllers: [ImportsController],
  providers: [
    ImportsService,
    { provide: IMPORTS_CONFIG, useFactory: () => loadImportsConfig() },
    { provide: IMPORT_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createStorage(config.STORAGE_URL) },
  ],
})
export class ImportsModule {}
