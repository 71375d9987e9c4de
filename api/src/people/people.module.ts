import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({ imports: [AuditModule], controllers: [PeopleController], providers: [PeopleService], exports: [PeopleService] })
export class PeopleModule {}
