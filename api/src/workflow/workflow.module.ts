import { Module } from '@nestjs/common';
import { WorksModule } from '../works/works.module';
import { SchedulerController } from './scheduler.controller';
import { WorkflowController } from './workflow.controller';
import { WorkflowService } from './workflow.service';

@Module({ imports: [WorksModule], controllers: [WorkflowController, SchedulerController], providers: [WorkflowService] })
export class WorkflowModule {}
