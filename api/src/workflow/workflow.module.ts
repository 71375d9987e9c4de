import { Module } from '@nestjs/common';
import { WorksModule } from '../works/works.module';
import { WorkflowController } from './workflow.controller';
import { WorkflowService } from './workflow.service';

@Module({ imports: [WorksModule], controllers: [WorkflowController], providers: [WorkflowService] })
export class WorkflowModule {}
