import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { WorksController } from './works.controller';
import { WorksRepository } from './works.repository';
import { WorksService } from './works.service';

@Module({ imports: [AuditModule], controllers: [WorksController], providers: [WorksService, WorksRepository], exports: [WorksService, WorksRepository] })
export class WorksModule {}
