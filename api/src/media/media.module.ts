import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MediaController, WorkMediaController } from './media.controller';
import { MediaRepository } from './media.repository';
import { MediaService } from './media.service';
import { mediaStorageProvider } from './media-storage.provider';

@Module({
  imports: [AuditModule],
  controllers: [WorkMediaController, MediaController],
  providers: [MediaService, MediaRepository, mediaStorageProvider],
  exports: [MediaService],
})
export class MediaModule {}
