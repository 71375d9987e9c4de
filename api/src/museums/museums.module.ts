import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MuseumsController } from './museums.controller';
import { MuseumsService } from './museums.service';

@Module({ imports: [AuditModule], controllers: [MuseumsController], providers: [MuseumsService], exports: [MuseumsService] })
export class MuseumsModule {}
