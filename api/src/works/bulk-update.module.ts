import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BulkUpdateController } from './bulk-update.controller';
import { BulkUpdateService } from './bulk-update.service';
import { WorksModule } from './works.module';

@Module({ imports: [AuditModule, WorksModule], controllers: [BulkUpdateController], providers: [BulkUpdateService] })
export class BulkUpdateModule {}
