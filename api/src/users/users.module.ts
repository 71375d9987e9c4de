import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
import { ActiveUsers } from './active-users';

@Module({ imports: [AuditModule], controllers: [UsersController], providers: [UsersService, ActiveUsers], exports: [UsersService] })
export class UsersModule {}
