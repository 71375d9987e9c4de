import { Module } from '@nestjs/common';
import { WorksExportController } from './works-export.controller';
import { WorksExportService } from './works-export.service';

// Registered before WorksModule so `GET /api/works/export.csv` is matched before `GET /api/works/:id`.
@Module({ controllers: [WorksExportController], providers: [WorksExportService] })
export class ExportsModule {}
