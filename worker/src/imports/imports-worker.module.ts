/** The CSV import side of the worker: the `imports` queue and its processor. */
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { importStorageProvider } from './imports.config';
import { ImportsProcessor } from './imports.processor';
import { RunImportJob } from './run-import.job';

@Module({
  imports: [BullModule.registerQueue({ name: 'imports' })],
  providers: [importStorageProvider, RunImportJob, ImportsProcessor],
})
export class ImportsWorkerModule {}
