import { AuditEventEntity } from './audit-event.entity';
import { DerivativeEntity, MediaEntity } from './media.entity';
import { ImportJobEntity } from './import-job.entity';
import { MuseumEntity } from './museum.entity';
import { OutboxEntity } from './outbox.entity';
import { PersonEntity } from './person.entity';
import { PublicationEntity } from './publication.entity';
import { UserEntity } from './user.entity';
import { WorkCreatorEntity, WorkDimensionEntity, WorkEntity, WorkInscriptionEntity } from './work.entity';

export { PublicationEntity };
export { ImportJobEntity };
export { DerivativeEntity, MediaEntity };
export type { PublicationState, PublicationTarget } from './publication.entity';
export { AuditEventEntity, MuseumEntity, OutboxEntity, PersonEntity, UserEntity, WorkCreatorEntity, WorkDimensionEntity, WorkEntity, WorkInscriptionEntity };

export const ENTITIES = [
  AuditEventEntity,
  DerivativeEntity,
  ImportJobEntity,
  MediaEntity,
  MuseumEntity,
  OutboxEntity,
  PersonEntity,
  PublicationEntity,
  UserEntity,
  WorkEntity,
  WorkCreatorEntity,
  WorkDimensionEntity,
  WorkInscriptionEntity,
];
