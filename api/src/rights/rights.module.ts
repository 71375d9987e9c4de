import { Module } from '@nestjs/common';
import { WorksModule } from '../works/works.module';
import { RightsController } from './rights.controller';
import { RightsService } from './rights.service';

@Module({ imports: [WorksModule], controllers: [RightsController], providers: [RightsService] })
export class RightsModule {}
